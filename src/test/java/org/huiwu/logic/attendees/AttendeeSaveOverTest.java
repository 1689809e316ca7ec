package org.huiwu.logic.attendees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.Side;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attendee edit saved over the person as the editor read it (decision 0031), on real H2 with two stores on one
 * folder (two windows or laptops): what only the other changed is kept, what only this editor changed is written,
 * a field both changed is returned to be decided, a person removed elsewhere is said so.
 */
class AttendeeSaveOverTest {

    @TempDir
    Path dataDir;

    private Database mine;
    private Database theirs;
    private AttendeeRoster roster;
    private AttendeeRoster otherRoster;
    private Attendee read;

    @BeforeEach
    void open() {
        mine = Database.open(dataDir);
        theirs = Database.open(dataDir);
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:30:00Z"), ZoneOffset.UTC);
        roster = new AttendeeRoster(mine.dao(AttendeeDao.class), clock);
        otherRoster = new AttendeeRoster(theirs.dao(AttendeeDao.class), clock);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "并发编辑", LocalDate.of(2026, 12, 7));
        mine.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        read = roster.save(new Attendee(UUID.randomUUID(), meeting.id(), "王五", "财政局", "局长", 1,
                AttendeeRole.LEADER, Side.NONE, CheckInStatus.EXPECTED, ""));
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    @Test
    void changesOfDifferentFieldsAreBothKeptWithoutAQuestion() {
        assertThat(otherRoster.saveOver(read, read.withCheckIn(CheckInStatus.ARRIVED)).saved()).isTrue();

        AttendeeEdit edit = roster.saveOver(read, read.withPosition("副局长"));

        assertThat(edit.saved()).isTrue();
        assertThat(edit.stored().position()).isEqualTo("副局长");
        assertThat(edit.stored().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
    }

    @Test
    void aFieldBothChangedIsReturnedWithBothValuesAndNothingWritten() {
        otherRoster.saveOver(read, read.withPosition("党组书记").withNotes("提前到"));

        AttendeeEdit edit = roster.saveOver(read, read.withPosition("副局长"));

        assertThat(edit.saved()).isFalse();
        assertThat(edit.conflict().clashes()).extracting(f -> f.labelKey()).containsExactly("attendee.column.position");
        assertThat(edit.conflict().theirsOnly()).extracting(f -> f.labelKey()).containsExactly("attendee.column.notes");
        assertThat(roster.list(read.meetingId()).get(0).position()).isEqualTo("党组书记");
        Attendee keepMine = edit.conflict().resolved(true);
        assertThat(keepMine.position()).isEqualTo("副局长");
        assertThat(keepMine.notes()).isEqualTo("提前到");
        assertThat(roster.saveOver(edit.stored(), keepMine).saved()).isTrue();
        assertThat(roster.list(read.meetingId()).get(0)).isEqualTo(keepMine);
    }

    @Test
    void aCheckInOverAnotherCheckInIsAConflict() {
        otherRoster.saveOver(read, read.withCheckIn(CheckInStatus.ARRIVED));

        AttendeeEdit edit = roster.saveOver(read, read.withCheckIn(CheckInStatus.ABSENT));

        assertThat(edit.saved()).isFalse();
        assertThat(edit.conflict().clashes()).extracting(f -> f.labelKey()).containsExactly("attendee.column.checkIn");
        assertThat(edit.stored().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
    }

    @Test
    void aPersonRemovedElsewhereIsNotWrittenBack() {
        otherRoster.remove(read.id());

        AttendeeEdit edit = roster.saveOver(read, read.withName("王五一"));

        assertThat(edit.saved()).isFalse();
        assertThat(edit.stored()).isNull();
        assertThat(roster.list(read.meetingId())).isEmpty();
    }
}
