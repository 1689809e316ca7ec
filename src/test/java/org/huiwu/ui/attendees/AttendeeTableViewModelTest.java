package org.huiwu.ui.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AttendeeTableViewModel} without the FX toolkit, on a real database: reloading on meeting
 * change, adding, rejected edits, removing, moves, filtering, check-in counts and the warning texts.
 */
class AttendeeTableViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private AttendeeTableViewModel table;
    private Meeting meeting;
    private Attendee wang;
    private Attendee li;
    private Attendee zhou;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        meeting = fx.context.meetings().save(meeting("常务会议", LocalDate.of(2025, 3, 12)));
        wang = attendee(meeting.id(), "王建国", 1).withOrganisation("南通市人民政府").withPosition("市长");
        li = attendee(meeting.id(), "李文华", 2).withOrganisation("南通市人民政府").withPosition("常务副市长");
        zhou = attendee(meeting.id(), "周卫东", 3).withOrganisation("市发展和改革委员会").withPosition("主任");
        fx.context.roster().importAll(List.of(wang, li, zhou));
        table = new AttendeeTableViewModel(fx.context.roster(), fx.state, fx.runner, fx.dialogs, fx.failures, fx.i18n,
                UUID::randomUUID);
        fx.state.currentMeetingProperty().set(meeting);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void reloadsWhenTheCurrentMeetingChanges() {
        assertThat(table.attendees()).containsExactly(wang, li, zhou);

        Meeting other = fx.context.meetings().save(meeting("另一个会议", LocalDate.of(2025, 3, 13)));
        Attendee guest = fx.context.roster().save(attendee(other.id(), "许婷", 1));
        fx.state.currentMeetingProperty().set(other);
        assertThat(table.attendees()).containsExactly(guest);

        fx.state.currentMeetingProperty().set(null);
        assertThat(table.attendees()).isEmpty();
    }

    @Test
    void addPutsANewAttendeeLastAndHandsItOver() {
        List<Attendee> added = new ArrayList<>();

        table.add(added::add);

        assertThat(added).hasSize(1);
        Attendee created = added.get(0);
        assertThat(created.name()).isEqualTo("New attendee");
        assertThat(created.rank()).isEqualTo(4);
        assertThat(table.attendees()).last().isEqualTo(created);
        assertThat(fx.context.roster().list(meeting.id())).last().isEqualTo(created);
    }

    @Test
    void updateSavesAValidEdit() {
        table.update(li.withPosition("副市长"));

        assertThat(fx.context.roster().list(meeting.id())).contains(li.withPosition("副市长"));
        assertThat(table.attendees()).contains(li.withPosition("副市长"));
        assertThat(fx.dialogs.errors()).isEmpty();
    }

    @Test
    void updateWithAnEmptyNameShowsAnErrorAndRestoresTheSavedRow() {
        table.update(li.withName(""));

        assertThat(fx.dialogs.errors()).extracting(shown -> shown.message())
                .containsExactly("The name cannot be empty.");
        assertThat(table.attendees()).containsExactly(wang, li, zhou);
        assertThat(fx.context.roster().list(meeting.id())).containsExactly(wang, li, zhou);
    }

    @Test
    void removeAsksFirstAndRemovesOnlyWhenConfirmed() {
        fx.dialogs.answerConfirm(false);
        table.remove(li);
        assertThat(table.attendees()).containsExactly(wang, li, zhou);

        fx.dialogs.answerConfirm(true);
        table.remove(li);
        assertThat(table.attendees()).containsExactly(wang, zhou);
        assertThat(fx.dialogs.questions()).hasSize(2).allSatisfy(q -> assertThat(q.message()).contains("李文华"));
    }

    @Test
    void moveByShiftsAnAttendeeAndRenumbers() {
        table.moves().moveBy(zhou, -1);

        assertThat(table.attendees()).extracting(Attendee::name, Attendee::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple("王建国", 1),
                org.assertj.core.groups.Tuple.tuple("周卫东", 2),
                org.assertj.core.groups.Tuple.tuple("李文华", 3));
        assertThat(fx.context.roster().list(meeting.id())).extracting(Attendee::name)
                .containsExactly("王建国", "周卫东", "李文华");
    }

    @Test
    void moveByPastEitherEndDoesNothing() {
        table.moves().moveBy(wang, -1);
        table.moves().moveBy(zhou, 1);

        assertThat(fx.runner.jobs()).isEqualTo(1);
        assertThat(table.attendees()).containsExactly(wang, li, zhou);
    }

    @Test
    void filterMatchesNameOrOrganisation() {
        table.filterProperty().set("李文");
        assertThat(table.visibleAttendees()).containsExactly(li);

        table.filterProperty().set("南通市人民政府");
        assertThat(table.visibleAttendees()).containsExactly(wang, li);

        table.filterProperty().set("主任");
        assertThat(table.visibleAttendees()).containsExactly(zhou);

        table.filterProperty().set(" ");
        assertThat(table.visibleAttendees()).containsExactly(wang, li, zhou);
    }

    @Test
    void summaryCountsCheckIns() {
        table.checkIn(wang, CheckInStatus.ARRIVED);
        table.checkIn(li, CheckInStatus.LATE);

        assertThat(table.summaryProperty().get()).isEqualTo("3 on the list · 3 expected · 1 arrived · 1 late · 0 absent");
        assertThat(table.summaryProperty().get()).isEqualTo(fx.i18n.format("attendee.summary", 3, 3, 1, 1, 0));
        assertThat(table.warningsProperty().get()).isEmpty();
    }

    @Test
    void warningsNameDuplicateNamesAndTiedRanks() {
        fx.context.roster().save(attendee(meeting.id(), "王建国", 2));
        fx.context.roster().save(attendee(meeting.id(), "李文华", 5));

        table.reload();

        assertThat(table.duplicateNames()).containsExactlyInAnyOrder("王建国", "李文华");
        assertThat(table.tiedRanks()).containsExactly(2);
        assertThat(table.warningsProperty().get()).isEqualTo(
                fx.i18n.format("attendee.warning.duplicates", "王建国, 李文华") + "  "
                        + fx.i18n.format("attendee.warning.ties", "2"));
        assertThat(table.warningsProperty().get()).isEqualTo("Same name twice: 王建国, 李文华  Tied ranks: 2");
    }
}
