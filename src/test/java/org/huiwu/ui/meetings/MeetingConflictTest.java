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
 * Two laptops edit one meeting's details from the same stored version (decision 0031): the second to save is not
 * allowed to overwrite silently; it is shown both values of each field both changed and the fields only the other
 * changed, and chooses. Either way the other laptop's own changes and the editor's own non-clashing changes are
 * both kept. Real H2; the other laptop is a second {@link AppContext} on the same folder.
 */
class MeetingConflictTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;
    private MeetingFormViewModel form;
    private Meeting meeting;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
        meeting = fx.context.meetings().save(meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12)));
        form = new MeetingFormViewModel(fx.context.meetings(), fx.state, fx.runner, fx.failures, fx.i18n, id -> { });
        form.resolveConflictsWith(fx.dialogs);
        fx.state.currentMeetingProperty().set(meeting);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void keepMineKeepsMyClashingFieldAndTheirOwnChanges() {
        theOtherLaptopChangesVenueAndNotes();
        form.venueProperty().set("二号会议室");
        form.contactPhoneProperty().set("0513-85111111");
        fx.dialogs.answerChoice(0);

        form.save();

        assertThat(fx.dialogs.questions()).hasSize(1);
        String shown = fx.dialogs.questions().get(0).message();
        assertThat(shown).contains("Venue", "二号会议室", "三号会议室").contains("Notes");
        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("二号会议室");
        assertThat(stored.notes()).isEqualTo("茶水改为菊花茶");
        assertThat(stored.contactPhone()).isEqualTo("0513-85111111");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void takeTheirsTakesTheirClashingFieldAndKeepsMyOtherChange() {
        theOtherLaptopChangesVenueAndNotes();
        form.venueProperty().set("二号会议室");
        form.contactPhoneProperty().set("0513-85111111");
        fx.dialogs.answerChoice(1);

        form.save();

        Meeting stored = fx.context.meetings().find(meeting.id()).orElseThrow();
        assertThat(stored.venue()).isEqualTo("三号会议室");
        assertThat(stored.notes()).isEqualTo("茶水改为菊花茶");
        assertThat(stored.contactPhone()).isEqualTo("0513-85111111");
        assertThat(form.venueProperty().get()).isEqualTo("三号会议室");
    }

    @Test
    void aSecondConflictAfterTheFirstIsAskedAgainNotOverwritten() {
        theOtherLaptopChangesVenueAndNotes();
        form.venueProperty().set("二号会议室");
        fx.dialogs.answerChoices(0, 0);
        form.save();
        theOtherLaptopChangesVenueAndNotes();
        form.venueProperty().set("五号会议室");

        form.save();

        assertThat(fx.dialogs.questions()).hasSize(2);
        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().venue()).isEqualTo("五号会议室");
    }

    @Test
    void closingTheDialogWritesNothingAndKeepsTheEdit() {
        theOtherLaptopChangesVenueAndNotes();
        form.venueProperty().set("二号会议室");
        fx.dialogs.answerChoice(-1);

        form.save();

        assertThat(fx.context.meetings().find(meeting.id()).orElseThrow().venue()).isEqualTo("三号会议室");
        assertThat(form.venueProperty().get()).isEqualTo("二号会议室");
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    private void theOtherLaptopChangesVenueAndNotes() {
        try (AppContext other = AppContext.open(dataDir, ViewModelFixture.CLOCK)) {
            MeetingEdit read = other.meetings().edit(meeting.id()).orElseThrow();
            Meeting m = read.meeting();
            Meeting changed = new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(), m.plannedEndTime(),
                    "三号会议室", m.hostOrganisation(), m.organisingOrganisation(), m.confidentiality(),
                    m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(), m.contactPhone(),
                    "茶水改为菊花茶", m.agenda());
            other.meetings().saveAtVersion(changed, read.version());
        }
    }
}
