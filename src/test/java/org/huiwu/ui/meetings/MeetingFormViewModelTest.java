package org.huiwu.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MeetingFormViewModel} without the FX toolkit, on a real database: loading the current
 * meeting, the dirty flag, saving (checked by reading the catalog back), unreadable times, and the
 * automatic save of edits left behind when the user switches meeting.
 */
class MeetingFormViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private MeetingFormViewModel form;
    private final List<UUID> savedIds = new ArrayList<>();
    private Meeting meeting;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        meeting = fx.context.meetings().save(meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12)));
        form = new MeetingFormViewModel(fx.context.meetings(), fx.state, fx.runner, fx.failures, fx.i18n, savedIds::add);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void loadingTheCurrentMeetingFillsTheFieldsAndIsNotDirty() {
        fx.state.currentMeetingProperty().set(meeting);

        assertThat(form.titleProperty().get()).isEqualTo("市政府第28次常务会议");
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(form.startTimeProperty().get()).isEqualTo("09:00");
        assertThat(form.endTimeProperty().get()).isEqualTo("11:30");
        assertThat(form.venueProperty().get()).isEqualTo(meeting.venue());
        assertThat(form.expectedProperty().get()).isEqualTo(25);
        assertThat(form.foreignAffairsProperty().get()).isTrue();
        assertThat(form.agenda()).extracting(row -> row.timeProperty().get(), row -> row.titleProperty().get())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("09:00", "传达学习上级会议精神"),
                        org.assertj.core.groups.Tuple.tuple("09:30", "审议《城市更新行动实施方案》"),
                        org.assertj.core.groups.Tuple.tuple("", "其他事项"));
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void noCurrentMeetingLeavesTheFormEmpty() {
        assertThat(form.titleProperty().get()).isEmpty();
        assertThat(form.agenda()).isEmpty();
    }

    @Test
    void editingAFieldOrTheAgendaMarksTheFormDirty() {
        fx.state.currentMeetingProperty().set(meeting);

        form.venueProperty().set("二号会议室");
        assertThat(form.dirtyProperty().get()).isTrue();

        form.revert();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.venueProperty().get()).isEqualTo(meeting.venue());

        form.agenda().get(0).titleProperty().set("改过的议题");
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void saveWritesTheEditedMeetingWithItsAgenda() {
        fx.state.currentMeetingProperty().set(meeting);
        form.titleProperty().set("  市政府第29次常务会议 ");
        form.startTimeProperty().set("8:30");
        form.endTimeProperty().set("1200");
        form.moveAgendaRow(form.agenda().get(2), -2);
        form.removeAgendaRow(form.agenda().get(2));
        form.addAgendaRow();
        form.agenda().get(2).timeProperty().set("10：45");
        form.agenda().get(2).titleProperty().set("研究安全生产工作");

        form.save();

        Meeting saved = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("市政府第29次常务会议");
        assertThat(saved.startTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(saved.plannedEndTime()).isEqualTo(LocalTime.of(12, 0));
        assertThat(saved.agenda()).extracting(AgendaItem::title)
                .containsExactly("其他事项", "传达学习上级会议精神", "研究安全生产工作");
        assertThat(saved.agenda().get(2).time()).isEqualTo(LocalTime.of(10, 45));
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(savedIds).containsExactly(meeting.id());
        assertThat(fx.state.statusProperty().get()).isEqualTo(fx.i18n.format("meeting.saved", saved.title()));
    }

    @Test
    void agendaRowsWithoutATitleAreLeftOut() {
        fx.state.currentMeetingProperty().set(meeting);
        form.addAgendaRow();

        form.save();

        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().agenda()).hasSize(3);
    }

    @ParameterizedTest(name = "start \"{0}\", end \"{1}\", agenda time \"{2}\"")
    @CsvSource({"25:99, 11:30, 09:00", "09:00, 9h, 09:00", "09:00, 11:30, noon"})
    void unreadableTimeShowsAProblemAndSavesNothing(String start, String end, String agendaTime) {
        fx.state.currentMeetingProperty().set(meeting);
        form.titleProperty().set("不应保存的标题");
        form.startTimeProperty().set(start);
        form.endTimeProperty().set(end);
        form.agenda().get(0).timeProperty().set(agendaTime);

        form.save();

        assertThat(form.problemProperty().get()).isEqualTo(fx.i18n.get("meeting.problem.timeFormat"));
        assertThat(fx.context.meetings().find(meeting.id())).contains(meeting);
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(savedIds).isEmpty();
    }

    @Test
    void rejectedMeetingShowsTheCatalogsProblemAndSavesNothing() {
        fx.state.currentMeetingProperty().set(meeting);
        form.titleProperty().set("   ");
        form.expectedProperty().set(-1);

        form.save();

        assertThat(form.problemProperty().get()).isEqualTo(fx.i18n.get("meeting.problem.titleMissing") + "\n"
                + fx.i18n.get("meeting.problem.expectedNegative"));
        assertThat(fx.context.meetings().find(meeting.id())).contains(meeting);
        assertThat(savedIds).isEmpty();
    }

    @Test
    void switchingMeetingSavesValidEditsLeftBehind() {
        Meeting other = fx.context.meetings().save(meeting("另一个会议", LocalDate.of(2025, 3, 13)));
        fx.state.currentMeetingProperty().set(meeting);
        form.venueProperty().set("二号会议室");

        fx.state.currentMeetingProperty().set(other);

        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().venue()).isEqualTo("二号会议室");
        assertThat(form.titleProperty().get()).isEqualTo("另一个会议");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(fx.state.statusProperty().get()).isEqualTo(fx.i18n.format("meeting.saved", meeting.title()));
    }

    @Test
    void switchingMeetingWithAnUnreadableTimeKeepsTheSavedMeetingAndSaysSo() {
        Meeting other = fx.context.meetings().save(meeting("另一个会议", LocalDate.of(2025, 3, 13)));
        fx.state.currentMeetingProperty().set(meeting);
        form.venueProperty().set("二号会议室");
        form.startTimeProperty().set("25:99");

        fx.state.currentMeetingProperty().set(other);

        assertThat(fx.context.meetings().find(meeting.id())).contains(meeting);
        assertThat(fx.state.statusProperty().get()).isEqualTo(fx.i18n.get("meeting.autosave.failed"));
        assertThat(form.titleProperty().get()).isEqualTo("另一个会议");
    }

    @Test
    void switchingWithoutEditsWritesNothing() {
        Meeting other = fx.context.meetings().save(meeting("另一个会议", LocalDate.of(2025, 3, 13)));
        int before = fx.context.meetings().edit(meeting.id()).orElseThrow().version();
        int otherBefore = fx.context.meetings().edit(other.id()).orElseThrow().version();
        fx.state.currentMeetingProperty().set(meeting);

        fx.state.currentMeetingProperty().set(other);

        // the form reads each meeting's stored version (decision 0031), but writes neither
        assertThat(fx.context.meetings().edit(meeting.id()).orElseThrow().version()).isEqualTo(before);
        assertThat(fx.context.meetings().edit(other.id()).orElseThrow().version()).isEqualTo(otherBefore);
    }
}
