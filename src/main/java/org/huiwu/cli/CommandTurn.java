package org.huiwu.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import org.huiwu.persistence.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command process's turn on a data folder: commands take turns through an OS lock on the folder's turn file, so
 * the database is never handed over between two of them in the middle of one's work. A command waits (bounded) for
 * its turn, then works without one; a folder where the turn file cannot be made (read-only) takes no turns. The
 * window takes no turn; a command works through it while it is open. Stateless; confined to the calling thread.
 */
final class CommandTurn {

    /** The file in the data folder whose OS lock gives one command process at a time its turn. */
    static final String TURN_FILE = ".huiwu-command.lock";
    /** How long a waiting command pauses before it tries again. */
    static final long RETRY_PAUSE_MILLIS = 250;

    private static final Logger LOG = LoggerFactory.getLogger(CommandTurn.class);

    private CommandTurn() {
    }

    /** What runs in the turn; returns the exit code. */
    @FunctionalInterface
    interface InTurn {
        int run() throws Exception;
    }

    /** Waits until {@code deadline} (nano time) for the folder's turn, runs {@code inTurn} and gives the turn back. */
    static int take(Path folder, long deadline, Runnable waiting, InTurn inTurn) throws Exception {
        FileChannel turn;
        try {
            turn = FileChannel.open(folder.resolve(TURN_FILE), Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), PrivateFiles.fileAttributes(folder.resolve(TURN_FILE)));
        } catch (IOException e) {
            LOG.info("No turn file in {} (the folder may be read-only); working without taking turns", folder, e);
            return inTurn.run();
        }
        try (turn; FileLock held = await(turn, deadline, waiting)) {
            return inTurn.run();
        }
    }

    private static FileLock await(FileChannel turn, long deadline, Runnable waiting)
            throws IOException, InterruptedException {
        while (true) {
            FileLock lock;
            try {
                lock = turn.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline > 0) {
                return null;
            }
            waiting.run();
            Thread.sleep(RETRY_PAUSE_MILLIS);
        }
    }
}
