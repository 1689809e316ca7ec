package org.huiwu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.application.Application;

import org.huiwu.cli.CliLog;
import org.huiwu.cli.HuiwuCommand;
import org.huiwu.persistence.DatabaseAccess;

/**
 * The program's entry point (and the jar's Main-Class): with no command it opens the window, with a
 * command it runs that command without a window and exits with its code. It does not extend
 * {@link Application}, so the shaded jar starts with JavaFX on the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        DatabaseAccess.bindToLoopback();
        if (isWindowLaunch(args)) {
            HuiwuApp.beginOpening(args);
            PortableNatives.prepare();
            Application.launch(HuiwuApp.class, args);
            return;
        }
        CliLog.toFile();
        System.exit(HuiwuCommand.run(args));
    }

    /**
     * True when the arguments name no command: nothing, or only {@code --data-dir DIR} and the venue server's
     * {@code --db-url URL --db-user U --db-root-cert FILE}, each optionally with one {@code .huiwu} bundle to merge
     * (how the file manager opens a double-clicked bundle).
     */
    static boolean isWindowLaunch(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Path bundle = WindowArguments.bundle(rest);
        if (bundle != null) {
            rest.remove(bundle.toString());
        }
        for (int i = 0; i < rest.size(); i++) {
            String argument = rest.get(i);
            boolean windowOption = argument.equals("--data-dir") || ServerStart.OPTIONS.contains(argument);
            if (windowOption && i + 1 < rest.size()) {
                i++;
            } else if (!argument.startsWith("--data-dir=")
                    && ServerStart.OPTIONS.stream().noneMatch(option -> argument.startsWith(option + "="))) {
                return false;
            }
        }
        return true;
    }
}
