package org.huiwu.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.LocalDate;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MeetingListViewModel} without the FX toolkit, on a real database: loading, searching,
 * creating, duplicating, deleting with confirmation and opening the sample meeting.
 */
class MeetingListViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private MeetingListViewModel list;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        list = new MeetingListViewModel(fx.context.meetings(), fx.context.sampleMeeting(), fx.state, fx.runner,
                fx.dialogs, fx.failures, fx.i18n);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void refreshLoadsEveryMeetingNewestFirst() {
        Meeting older = fx.context.meetings().save(meeting("上周例会", LocalDate.of(2025, 3, 5)));
        Meeting newer = fx.context.meetings().save(meeting("本周例会", LocalDate.of(2025, 3, 12)));

        list.refresh();

        assertThat(list.visibleMeetings()).containsExactly(newer, older);
        assertThat(list.emptyProperty().get()).isFalse();
        assertThat(list.noSelectionProperty().get()).isTrue();
    }

    @Test
    void emptyDatabaseShowsTheEmptyList() {
        list.refresh();

        assertThat(list.visibleMeetings()).isEmpty();
        assertThat(list.emptyProperty().get()).isTrue();
    }

    @Test
    void refreshKeepsTheCurrentMeetingSelected() {
        Meeting kept = fx.context.meetings().save(meeting("本周例会", LocalDate.of(2025, 3, 12)));
        fx.state.currentMeetingProperty().set(kept);

        list.refresh();

        assertThat(list.selectedMeetingProperty().get()).isEqualTo(kept);
    }

    @Test
    void searchFiltersByTitleVenueOrDate() {
        fx.context.meetings().save(meeting("常务会议", LocalDate.of(2025, 3, 5)));
        Meeting talks = fx.context.meetings().save(meeting("Trade talks", LocalDate.of(2025, 3, 12)));
        list.refresh();

        list.searchProperty().set(" TRADE ");
        assertThat(list.visibleMeetings()).containsExactly(talks);

        list.searchProperty().set("2025-03-12");
        assertThat(list.visibleMeetings()).containsExactly(talks);

        list.searchProperty().set("会议室");
        assertThat(list.visibleMeetings()).hasSize(2);

        list.searchProperty().set("");
        assertThat(list.visibleMeetings()).hasSize(2);
    }

    @Test
    void createSavesANewMeetingForTodayAndSelectsIt() {
        list.createMeeting();

        Meeting created = list.selectedMeetingProperty().get();
        assertThat(created).isNotNull();
        assertThat(created.title()).isEqualTo("New meeting");
        assertThat(created.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(fx.context.meetings().find(created.id())).contains(created);
        assertThat(list.visibleMeetings()).containsExactly(created);
    }

    @Test
    void duplicateSelectsNextWeeksCopyWithAttendees() {
        Meeting source = fx.context.meetings().save(meeting("周例会", LocalDate.of(2025, 3, 12)));
        fx.context.roster().save(attendee(source.id(), "王建国", 1));
        list.refreshAndSelect(source.id());

        list.duplicateSelected();

        Meeting copy = list.selectedMeetingProperty().get();
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.date()).isEqualTo(LocalDate.of(2025, 3, 19));
        assertThat(list.visibleMeetings()).hasSize(2);
        assertThat(fx.context.roster().list(copy.id())).hasSize(1);
        assertThat(fx.state.statusProperty().get())
                .isEqualTo(fx.i18n.format("meeting.duplicated", fx.i18n.date(copy.date())));
    }

    @Test
    void duplicateWithoutSelectionDoesNothing() {
        list.duplicateSelected();

        assertThat(fx.runner.jobs()).isZero();
        assertThat(fx.context.meetings().list()).isEmpty();
    }

    @Test
    void deleteDeclinedDeletesNothing() {
        Meeting meeting = fx.context.meetings().save(meeting("常务会议", LocalDate.of(2025, 3, 12)));
        list.refreshAndSelect(meeting.id());
        fx.dialogs.answerConfirm(false);

        list.deleteSelected();

        assertThat(fx.dialogs.questions()).hasSize(1);
        assertThat(fx.dialogs.questions().get(0).message()).contains("常务会议");
        assertThat(fx.context.meetings().find(meeting.id())).isPresent();
        assertThat(list.selectedMeetingProperty().get()).isEqualTo(meeting);
    }

    @Test
    void deleteConfirmedDeletesAndClearsTheSelection() {
        Meeting meeting = fx.context.meetings().save(meeting("常务会议", LocalDate.of(2025, 3, 12)));
        list.refreshAndSelect(meeting.id());
        fx.dialogs.answerConfirm(true);

        list.deleteSelected();

        assertThat(fx.context.meetings().find(meeting.id())).isEmpty();
        assertThat(list.selectedMeetingProperty().get()).isNull();
        assertThat(list.visibleMeetings()).isEmpty();
        assertThat(fx.dialogs.errors()).isEmpty();
    }

    @Test
    void openSampleCreatesAndSelectsTheSampleOnce() {
        list.openSample();
        list.openSample();

        assertThat(list.selectedMeetingProperty().get().id()).isEqualTo(SampleMeeting.ID);
        assertThat(list.visibleMeetings()).hasSize(1);
    }
}
