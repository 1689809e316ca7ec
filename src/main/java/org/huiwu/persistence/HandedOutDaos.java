package org.huiwu.persistence;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.LoggerFactory;

/**
 * The DAOs a store has handed out, each attached on its first call ({@link LazyDao}), and attaching them all ahead
 * of that on a daemon thread of its own, so that the first use of a feature does not pay for it while the caller
 * goes on (the window's start, decisions 0023 and 0035). Attaching runs no statement; a DAO that cannot be attached
 * fails again, with its message, at its first call. Thread-safe.
 */
final class HandedOutDaos {

    private final Queue<LazyDao<?>> daos = new ConcurrentLinkedQueue<>();
    private volatile boolean attachingAhead;

    /** Notes a DAO handed out. */
    void add(LazyDao<?> dao) {
        daos.add(dao);
    }

    /** Attaches every DAO handed out so far on a daemon thread, and returns at once. */
    void attachInBackground() {
        attachingAhead = true;
        List<LazyDao<?>> toAttach = List.copyOf(daos);
        Thread thread = new Thread(() -> {
            for (LazyDao<?> dao : toAttach) {
                try {
                    dao.attach();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(HandedOutDaos.class)
                            .debug("Attaching a DAO ahead of its first call failed; its first call reports it", e);
                }
            }
        }, "huiwu-dao-attach");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether {@link #attachInBackground()} has been asked. */
    boolean attachingAhead() {
        return attachingAhead;
    }
}
