package org.huiwu.cli;

import java.nio.file.Path;

import org.huiwu.logic.settings.DataFolder;

/**
 * Sends a command-line run's log to a file instead of standard error, so a command prints its one line
 * and nothing else: {@code logs/huiwu-cli.log} in the per-user data folder. Must run before the first
 * logger is made. Stateless.
 */
public final class CliLog {

    /** The log file's name inside the {@code logs} folder. */
    public static final String FILE = "huiwu-cli.log";

    private CliLog() {
    }

    /** Points logging at the command line's log file (unless the run already chose a configuration). */
    public static void toFile() {
        if (System.getProperty("logback.configurationFile") == null) {
            Path file = DataFolder.resolve(null).resolve("logs").resolve(FILE);
            System.setProperty("huiwu.log.file", file.toAbsolutePath().toString());
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
    }
}
