package org.huiwu.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;

/**
 * The About box (帮助 → 关于会务): the app's version as the build stamped it, the standard it follows, the
 * data folder in use and the Java runtime. Reads one small resource from the class path. FX thread only.
 */
public final class AboutBox {

    private static final String VERSION_RESOURCE = "/org/huiwu/version.properties";

    private AboutBox() {
    }

    /** The version the build stamped into the app, or "?" when run from unfiltered sources. */
    public static String version() {
        try (InputStream in = AboutBox.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "?";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "?");
            return version.startsWith("${") ? "?" : version;
        } catch (IOException e) {
            return "?";
        }
    }

    public static void show(Window owner, I18n i18n, Path dataDir) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, i18n.format("about.text", version(), dataDir.toString(),
                System.getProperty("java.version", "?")));
        about.initOwner(owner);
        about.setTitle(i18n.get("about.title"));
        about.setHeaderText(i18n.format("about.header", version()));
        about.show();
    }
}
