package org.huiwu.ui.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incidents tab as the live feed reloads it ({@link IncidentScreens}, with a runner that queues its jobs as the
 * real one thread does): an incident just captured stays selected when the feed reports it before the list is read.
 */
class IncidentLiveSelectionTest {

    @TempDir
    Path dataDir;

    private IncidentScreens screens;
    private ViewModelFixture fixture;
    private Attendant attendant;
    private IncidentTexts texts;
    private List<String> guidesOpened;

    @BeforeEach
    void openSample() {
        screens = new IncidentScreens(dataDir);
        fixture = screens.fixture;
        attendant = screens.attendant;
        texts = screens.texts;
        guidesOpened = screens.guidesOpened;
    }

    @AfterEach
    void close() {
        screens.close();
    }

    @Test
    void anIncidentJustCapturedStaysSelectedWhenTheLiveFeedReportsItBeforeTheListIsRead() {
        QueuedRunner queued = new QueuedRunner();
        IncidentsViewModel tab = new IncidentsViewModel(fixture.context.incidents(), fixture.state, attendant, queued,
                fixture.dialogs, texts, file -> false, guidesOpened::add);
        tab.reload(null);
        queued.drain();
        assertThat(tab.selectedProperty().get()).isNull();
        Incident captured = fixture.context.incidents().log().report(fixture.context.incidents().log()
                .begin(SampleMeeting.ID, "Zhou Min").withType(IncidentType.POWER_OUTAGE));

        tab.stored(SampleMeeting.ID, captured.id());
        fixture.state.openMeeting().incidentsStored(SampleMeeting.ID);
        queued.drain();

        assertThat(tab.selectedProperty().get()).as("the live feed's reload, queued behind the capture's, keeps it")
                .isNotNull().extracting(Incident::id).isEqualTo(captured.id());
        fixture.state.openMeeting().incidentsStored(SampleMeeting.ID);
        queued.drain();
        assertThat(tab.selectedProperty().get().id()).isEqualTo(captured.id());
    }

    /** A runner that keeps the jobs until {@link #drain()}, in the order asked, as the real one thread does. */
    private static final class QueuedRunner implements org.huiwu.ui.common.TaskRunner {
        private final java.util.ArrayDeque<Runnable> jobs = new java.util.ArrayDeque<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress,
                java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onFailure) {
            run(() -> work.run(progress, () -> false), onSuccess, onFailure);
            return () -> { };
        }

        void drain() {
            while (!jobs.isEmpty()) {
                jobs.poll().run();
            }
        }
    }
}
