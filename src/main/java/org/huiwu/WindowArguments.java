package org.huiwu;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window takes from its command line besides the venue-server options ({@link ServerStart#OPTIONS}): the
 * data folder ({@code --data-dir}) and a bundle a file manager passes for a double-clicked {@code .huiwu} file.
 * Loaded before the toolkit starts, so it needs nothing but the JDK. Stateless; any thread.
 */
final class WindowArguments {

    private WindowArguments() {
    }

    /**
     * The bundle the app was opened with, as the file manager passes it for a double-clicked {@code .huiwu}
     * file: the one argument that is not an option nor the value of {@code --data-dir}; null when there is none.
     */
    static Path bundle(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir") || ServerStart.OPTIONS.contains(argument)) {
                i++;
            } else if (!argument.startsWith("-") && argument.toLowerCase(java.util.Locale.ROOT).endsWith(".huiwu")) {
                return Path.of(argument);
            }
        }
        return null;
    }

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, or null. */
    static Path dataDir(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--data-dir") && i + 1 < arguments.size()) {
                return Path.of(arguments.get(i + 1));
            }
            if (argument.startsWith("--data-dir=")) {
                return Path.of(argument.substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
