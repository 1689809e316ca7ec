package org.huiwu;

import java.util.Arrays;

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
            PortableNatives.prepare();
            Application.launch(HuiwuApp.class, args);
            return;
        }
        CliLog.toFile();
        System.exit(HuiwuCommand.run(args));
    }

    /** True when the arguments name no command: nothing, or only {@code --data-dir DIR}. */
    static boolean isWindowLaunch(String[] args) {
        if (args.length == 0) {
            return true;
        }
        return HuiwuApp.dataDirArgument(Arrays.asList(args)) != null
                && (args.length == 1 && args[0].startsWith("--data-dir=")
                || args.length == 2 && args[0].equals("--data-dir"));
    }
}
