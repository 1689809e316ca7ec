package org.huiwu;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.huiwu.ui.common.TaskRunner;

/**
 * Keeps the window's database thread waiting while the meeting list, filled from the reads made as the folder
 * opened ({@code OpeningReads}), is built and laid out for the first time (decision 0035, session 8): the other
 * screens' first loads are the first users of Jdbi, and on a two-core laptop making it took the processor from
 * the window's first layout. Its first task waits at most {@value #LONGEST_HOLD_SECONDS} s, so a window that
 * never lays out cannot stop the database thread. Made and released on the FX thread; the wait runs on the
 * database thread, outside any database call.
 */
final class ListFirst {

    static final long LONGEST_HOLD_SECONDS = 5;

    private final CountDownLatch laidOut = new CountDownLatch(1);

    private ListFirst() {
    }

    /** Queues the wait as the database thread's next task; call before any screen asks for a load. */
    static ListFirst hold(TaskRunner runner) {
        ListFirst hold = new ListFirst();
        runner.run(hold::awaitLayout, released -> { }, failure -> { });
        return hold;
    }

    /** Lets the database thread go at the next layout pulse of {@code stage}'s scene. */
    void releaseAfterNextLayout(Stage stage) {
        OpeningShell.afterNextLayout(stage, laidOut::countDown);
        Platform.requestNextPulse();
    }

    private Boolean awaitLayout() throws InterruptedException {
        return laidOut.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
    }
}
