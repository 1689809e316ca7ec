package org.huiwu.logic.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Huiwu keeps its database and attachments: {@code --data-dir} when given, else the system
 * property {@code huiwu.data}, else the per-user folder of the operating system
 * ({@code %APPDATA%\Huiwu}, {@code ~/Library/Application Support/Huiwu}, {@code ~/.local/share/huiwu}).
 * Stateless.
 */
public final class DataFolder {

    /** System property naming the data folder, for test and CI runs. */
    public static final String PROPERTY = "huiwu.data";

    private DataFolder() {
    }

    /** The folder to use, given an optional explicit choice. */
    public static Path resolve(Path explicit) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        return perUserDefault(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    static Path perUserDefault(String osName, Map<String, String> environment, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return appData != null ? Path.of(appData, "Huiwu") : Path.of(userHome, "AppData", "Roaming", "Huiwu");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Huiwu");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "huiwu") : Path.of(userHome, ".local", "share", "huiwu");
    }
}
