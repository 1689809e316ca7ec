package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FX-thread rule is enforced under test (surefire sets {@value FxThreadGuard#PROPERTY}=throw): a database
 * statement on the JavaFX application thread throws, the same statement on any other thread runs.
 */
@Tag("dao")
class FxThreadGuardTest {

    @TempDir
    Path dataDir;

    @Test
    void theTestRunEnforcesTheRule() {
        assertThat(System.getProperty(FxThreadGuard.PROPERTY)).isEqualTo("throw");
    }

    @Test
    void aStatementOnTheFxThreadThrowsAndElsewhereRuns() throws Exception {
        try (Database database = TestStores.fresh(dataDir)) {
            MeetingDao meetings = database.dao(MeetingDao.class);
            AtomicReference<Throwable> onFx = new AtomicReference<>();
            Thread fx = new Thread(() -> onFx.set(catchThrowable(meetings::count)), FxThreadGuard.FX_THREAD_NAME);
            fx.start();
            fx.join();

            assertThat(onFx.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("JavaFX application thread").hasMessageContaining("SELECT");
            assertThat(meetings.count()).isZero();
        }
    }
}
