package org.huiwu.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces the rule that no database statement and no file write runs on the JavaFX application thread
 * (decision 0024). {@link Database} checks every statement through a Jdbi customizer and {@link AtomicFile}
 * checks every write. With the system property {@value #PROPERTY} set to {@code throw} (the test run sets
 * it) a violation throws; otherwise it is logged once per call site as a warning, so a slip that no test
 * caught slows the window down instead of failing the user's action.
 *
 * <p>The FX thread is recognised by its name, so this layer needs no JavaFX class. Stateless; thread-safe.
 */
public final class FxThreadGuard {

    /** The system property that makes a violation throw when it is {@code throw}. */
    public static final String PROPERTY = "huiwu.fxThreadGuard";
    /** The name the JavaFX toolkit (desktop and Monocle) gives its application thread. */
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private static final Logger LOG = LoggerFactory.getLogger(FxThreadGuard.class);

    private FxThreadGuard() {
    }

    /** True when the calling thread is the JavaFX application thread. */
    public static boolean onFxThread() {
        return FX_THREAD_NAME.equals(Thread.currentThread().getName());
    }

    /**
     * Refuses (under test) or reports {@code work} when it runs on the FX thread.
     *
     * @param work what is being done, for the message: "SQL statement SELECT ...", "writing file X"
     * @throws IllegalStateException on the FX thread when the property says {@code throw}
     */
    public static void check(String work) {
        if (!onFxThread()) {
            return;
        }
        IllegalStateException violation = new IllegalStateException(
                "Database or file work on the JavaFX application thread (use TaskRunner): " + work);
        if ("throw".equals(System.getProperty(PROPERTY))) {
            throw violation;
        }
        LOG.warn("Database or file work on the FX thread", violation);
    }
}
