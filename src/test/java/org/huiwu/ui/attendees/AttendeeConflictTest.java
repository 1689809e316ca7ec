package org.huiwu.ui.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops edit one attendee from the same read (decision 0031): the table whose save comes second is not
 * allowed to overwrite; it is shown both values of each field both changed and what only the other changed, and
 * chooses. Real H2; the other laptop is a second {@link AppContext} on the same folder.
 */
class AttendeeConflictTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private AttendeeTableViewModel table;
    private Attendee wang;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        Meeting meeting = fx.context.meetings().save(meeting("常务会议", LocalDate.of(2025, 3, 12)));
        wang = attendee(meeting.id(), "王建国", 1).withOrganisation("南通市人民政府").withPosition("市长");
        fx.context.roster().importAll(List.of(wang));
        table = new AttendeeTableViewModel(fx.context.roster(), fx.state, fx.runner, fx.dialogs, fx.failures, fx.i18n,
                UUID::randomUUID);
        fx.state.currentMeetingProperty().set(meeting);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void keepMineWritesMyValueAndKeepsTheirOtherChange() {
        theOtherLaptopSets(wang.withPosition("副市长").withNotes("坐轮椅"));
        fx.dialogs.answerChoice(0);

        table.update(table.attendees().get(0).withPosition("党组书记"));

        assertThat(fx.dialogs.questions()).hasSize(1);
        assertThat(fx.dialogs.questions().get(0).message()).contains("Position", "党组书记", "副市长", "Notes");
        Attendee stored = storedWang();
        assertThat(stored.position()).isEqualTo("党组书记");
        assertThat(stored.notes()).isEqualTo("坐轮椅");
        assertThat(table.attendees()).containsExactly(stored);
    }

    @Test
    void takeTheirsShowsTheirValueAndWritesNothingMore() {
        theOtherLaptopSets(wang.withPosition("副市长"));
        fx.dialogs.answerChoice(1);

        table.update(table.attendees().get(0).withPosition("党组书记"));

        assertThat(storedWang().position()).isEqualTo("副市长");
        assertThat(table.attendees().get(0).position()).isEqualTo("副市长");
        assertThat(fx.state.statusProperty().get()).contains("王建国");
    }

    @Test
    void differentFieldsAreBothKeptWithoutAQuestion() {
        theOtherLaptopSets(wang.withCheckIn(CheckInStatus.ARRIVED));

        table.update(table.attendees().get(0).withNotes("发言第二"));

        assertThat(fx.dialogs.questions()).isEmpty();
        assertThat(storedWang().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
        assertThat(storedWang().notes()).isEqualTo("发言第二");
    }

    @Test
    void aCheckInFromAStaleRowAsksBeforeOverwritingTheirs() {
        theOtherLaptopSets(wang.withCheckIn(CheckInStatus.ARRIVED));
        fx.dialogs.answerChoice(0);

        table.checkIn(table.attendees().get(0), CheckInStatus.ABSENT);

        assertThat(fx.dialogs.questions().get(0).message()).contains("Arrived", "Absent");
        assertThat(storedWang().checkIn()).isEqualTo(CheckInStatus.ABSENT);
    }

    @Test
    void closingTheQuestionWritesNothingAndNamesWhatWasNotSaved() {
        theOtherLaptopSets(wang.withPosition("副市长"));
        fx.dialogs.answerChoice(-1);

        table.update(table.attendees().get(0).withPosition("党组书记"));

        assertThat(storedWang().position()).isEqualTo("副市长");
        assertThat(fx.state.statusProperty().get()).contains("党组书记");
    }

    @Test
    void aPersonRemovedOnTheOtherLaptopIsSaidSo() {
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            other.roster().remove(wang.id());
        }

        table.update(table.attendees().get(0).withPosition("党组书记"));

        assertThat(fx.dialogs.information()).hasSize(1);
        assertThat(fx.dialogs.information().get(0).message()).contains("王建国", "removed");
        assertThat(table.attendees()).isEmpty();
    }

    private Attendee storedWang() {
        return fx.context.roster().list(wang.meetingId()).get(0);
    }

    private void theOtherLaptopSets(Attendee theirs) {
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            Attendee read = other.roster().list(wang.meetingId()).get(0);
            assertThat(other.roster().saveOver(read, theirs).saved()).isTrue();
        }
    }
}
