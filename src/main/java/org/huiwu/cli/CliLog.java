package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.huiwu.logic.settings.DataFolder;
import org.huiwu.persistence.PrivateFiles;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * Sends a command-line run's log to a file instead of standard error, so a command prints its one line
 * and nothing else: {@code logs/huiwu-cli.log} in the per-user data folder. Call once, first thing in a
 * command-line run. The file and its folder are private to the user. Stateless.
 */
public final class CliLog {

    /** The log file's name inside the {@code logs} folder. */
    public static final String FILE = "huiwu-cli.log";

    private CliLog() {
    }

    /**
     * Creates the log file and its folders private to the user before the logger opens it for appending (the
     * logger keeps an existing file's permissions); a log that cannot be made is left to the logger.
     */
    static void createPrivate(Path file) {
        try {
            PrivateFiles.createFolders(file.getParent());
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            } else {
                PrivateFiles.restrict(file);
            }
        } catch (IOException e) {
            // logging then goes where the logger can put it; the command itself still runs
        }
    }

    /**
     * Points logging at the command line's log file, replacing the window's configuration (unless the run
     * chose a configuration of its own with {@code -Dlogback.configurationFile}).
     */
    public static void toFile() {
        if (System.getProperty("logback.configurationFile") != null
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Path file = DataFolder.resolve(null).resolve("logs").resolve(FILE);
        createPrivate(file);
        context.reset();
        context.putProperty("huiwu.log.file", file.toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(CliLog.class.getResource("/logback-cli.xml"));
        } catch (JoranException e) {
            context.reset();
        }
    }
}
