package org.huiwu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The database thread's answers reach the FX thread, unless the folder they were asked of was given up
 * (decision 0040): a window built while its folder opened must not report each of its loads when the opening
 * fails, whether the answer is a result or a failure.
 */
@Tag("ui")
class FxTaskRunnerTest {

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        worker.shutdown();
    }

    @Test
    void answersAreDeliveredOnTheFxThread() throws Exception {
        FxTaskRunner runner = new FxTaskRunner(worker, () -> false);
        runner.run(() -> "read", value -> delivered.add(value + (javafx.application.Platform.isFxApplicationThread()
                ? " on fx" : " elsewhere")), failure -> delivered.add("failed"));
        runner.<String>run(() -> {
            throw new IllegalStateException("no");
        }, value -> delivered.add("read"), failure -> delivered.add("failed " + failure.getMessage()));

        settle();

        assertThat(delivered).containsExactly("read on fx", "failed no");
    }

    @Test
    void answersOfAGivenUpFolderAreDropped() throws Exception {
        AtomicBoolean givenUp = new AtomicBoolean();
        FxTaskRunner runner = new FxTaskRunner(worker, givenUp::get);
        worker.execute(() -> givenUp.set(true));
        runner.run(() -> "read", delivered::add, failure -> delivered.add("failed"));
        runner.<String>run(() -> {
            throw new IllegalStateException("the database could not be opened");
        }, delivered::add, failure -> delivered.add("failed"));

        settle();

        assertThat(delivered).isEmpty();
    }

    private void settle() throws Exception {
        worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
