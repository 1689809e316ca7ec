package org.huiwu.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.huiwu.model.Meeting;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting form saving itself as fields are left (decision 0031's version check still on): saves asked for
 * quickly one after another are stored in order, each over the version the one before stored, so the form never
 * asks about a conflict with itself; typing after a save was asked for stays dirty; closing with a time that cannot
 * be read keeps the other fields and the stored time. Real H2; the background work runs when the test lets it.
 */
class MeetingFormAutoSaveTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private final HeldRunner held = new HeldRunner();
    private MeetingFormViewModel form;
    private Meeting meeting;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        meeting = fx.context.meetings().save(meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12)));
        form = new MeetingFormViewModel(fx.context.meetings(), fx.state, held, fx.failures, fx.i18n, id -> { });
        form.resolveConflictsWith(fx.dialogs);
        fx.state.currentMeetingProperty().set(meeting);
        held.runAll();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void fieldsLeftQuicklyOneAfterAnotherAreStoredWithoutAskingAboutAConflict() {
        form.venueProperty().set("二号会议室");
        form.commit();
        form.hostProperty().set("市政府办公室");
        form.commit();
        held.runAll();

        assertThat(fx.dialogs.questions()).isEmpty();
        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("二号会议室");
        assertThat(stored.hostOrganisation()).isEqualTo("市政府办公室");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void typingWhileASaveIsOnItsWayStaysDirtyAndIsStoredWhenLeft() {
        form.venueProperty().set("二号会议室");
        form.commit();
        form.notesProperty().set("茶水改为菊花茶");
        held.runAll();

        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.notesProperty().get()).isEqualTo("茶水改为菊花茶");
        form.commit();
        held.runAll();
        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().notes()).isEqualTo("茶水改为菊花茶");
    }

    @Test
    void aTabChangeSavesButABadTimeSavesNothingAndClosingKeepsTheRest() {
        form.startTimeProperty().set("9点半");
        form.venueProperty().set("二号会议室");
        fx.state.show("attendeesTab");
        held.runAll();

        assertThat(form.startTimeProblemProperty().get()).isNotEmpty();
        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().venue()).isEqualTo(meeting.venue());

        form.closing();
        held.runAll();
        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("二号会议室");
        assertThat(stored.startTime()).isEqualTo(meeting.startTime());
        assertThat(form.startTimeProperty().get()).isEqualTo("9点半");
    }

    @Test
    void aTabChangeSavesAValidForm() {
        form.startTimeProperty().set("10:15");
        fx.state.show("attendeesTab");
        held.runAll();

        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().startTime()).isEqualTo(LocalTime.of(10, 15));
    }

    /** Holds background work and its callbacks until the test runs them, in the order asked, on the test thread. */
    private static final class HeldRunner implements TaskRunner {
        private final Deque<Runnable> jobs = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception failure) {
                    onFailure.accept(failure);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        @Override
        public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
                Consumer<Throwable> onFailure) {
            run(() -> work.run(progress, () -> false), onSuccess, onFailure);
            return () -> { };
        }

        void runAll() {
            while (!jobs.isEmpty()) {
                jobs.poll().run();
            }
        }
    }
}
