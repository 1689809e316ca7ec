package org.huiwu.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.LocalDate;

import org.huiwu.AppContext;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meeting form's edits left behind by a change of meeting or by closing the window, when another laptop stored
 * the meeting since the form read it (decision 0039): nothing is asked (no dialog can be while closing), nothing the
 * other laptop stored is overwritten, the editor's changes the other did not touch are stored, and the editor's
 * value of a field both changed goes into the meeting's notes, which every laptop sees. Real H2; the other laptop is
 * a second {@link AppContext} on the same folder.
 */
class MeetingLeftBehindTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private MeetingFormViewModel form;
    private Meeting meeting;
    private Meeting next;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        meeting = fx.context.meetings().save(meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12)));
        next = fx.context.meetings().save(meeting("市政府第29次常务会议", LocalDate.of(2025, 3, 19)));
        form = new MeetingFormViewModel(fx.context.meetings(), fx.state, fx.runner, fx.failures, fx.i18n, id -> { });
        form.resolveConflictsWith(fx.dialogs);
        fx.state.currentMeetingProperty().set(meeting);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aChangeOfMeetingKeepsTheirClashingValueAndNotesMine() {
        theOtherLaptopChangesVenueAndContact();
        form.venueProperty().set("二号会议室");
        form.contactPhoneProperty().set("0513-85111111");

        fx.state.currentMeetingProperty().set(next);

        assertThat(fx.dialogs.questions()).as("nothing asked").isEmpty();
        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).as("theirs kept").isEqualTo("三号会议室");
        assertThat(stored.contactPerson()).as("their other change kept").isEqualTo("王秘书");
        assertThat(stored.contactPhone()).as("my other change stored").isEqualTo("0513-85111111");
        assertThat(stored.notes()).contains("Venue").contains("二号会议室").contains("another laptop");
        assertThat(fx.state.statusProperty().get()).contains("1 field").contains("notes");
    }

    @Test
    void closingWithoutAClashStoresMineBesideTheirs() {
        theOtherLaptopChangesVenueAndContact();
        form.contactPhoneProperty().set("0513-85111111");

        form.closing();

        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("三号会议室");
        assertThat(stored.contactPerson()).isEqualTo("王秘书");
        assertThat(stored.contactPhone()).isEqualTo("0513-85111111");
        assertThat(stored.notes()).isEqualTo(meeting.notes());
        assertThat(fx.dialogs.questions()).isEmpty();
    }

    @Test
    void closingWithAClashDoesNotOverwriteTheirs() {
        theOtherLaptopChangesVenueAndContact();
        form.venueProperty().set("二号会议室");

        form.closing();

        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("三号会议室");
        assertThat(stored.notes()).contains("二号会议室");
        assertThat(fx.dialogs.questions()).isEmpty();
    }

    @Test
    void closingAfterItsOwnSaveIsNoClashWithItself() {
        form.venueProperty().set("二号会议室");
        form.save();
        form.venueProperty().set("五号会议室");

        form.closing();

        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("五号会议室");
        assertThat(stored.notes()).isEqualTo(meeting.notes());
    }

    private void theOtherLaptopChangesVenueAndContact() {
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            MeetingEdit read = other.meetings().edit(meeting.id()).orElseThrow();
            Meeting m = read.meeting();
            Meeting changed = new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(), m.plannedEndTime(),
                    "三号会议室", m.hostOrganisation(), m.organisingOrganisation(), m.confidentiality(),
                    m.foreignAffairs(), m.expectedAttendees(), "王秘书", m.contactPhone(), m.notes(), m.agenda());
            other.meetings().saveAtVersion(changed, read.version());
        }
    }
}
