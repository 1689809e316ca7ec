package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AttendeeDao} on a real H2 file database built by the Flyway migrations: listing order, upsert,
 * check-in timestamps, rank updates and the all-or-nothing batch insert.
 */
@Tag("dao")
class AttendeeDaoTest {

    private static final Instant NOW = Instant.parse("2025-03-10T01:00:00Z");

    @TempDir
    Path dataDir;

    private Database database;
    private AttendeeDao attendees;
    private Meeting meeting;

    @BeforeEach
    void openDatabaseWithOneMeeting() {
        database = TestStores.fresh(dataDir);
        attendees = database.dao(AttendeeDao.class);
        meeting = meeting("常务会议", LocalDate.of(2025, 3, 12));
        database.dao(MeetingDao.class).save(meeting, NOW);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void listsByPrecedenceThenByName() {
        Attendee third = attendee(meeting.id(), "Zhou", 3);
        Attendee tiedB = attendee(meeting.id(), "Bai", 2);
        Attendee first = attendee(meeting.id(), "Yang", 1);
        Attendee tiedA = attendee(meeting.id(), "An", 2);
        attendees.insertAllOrNothing(List.of(third, tiedB, first, tiedA));

        assertThat(attendees.listByMeeting(meeting.id())).containsExactly(first, tiedA, tiedB, third);
    }

    @Test
    void listsOnlyTheMeetingsOwnAttendees() {
        Meeting other = meeting("另一个会议", LocalDate.of(2025, 3, 13));
        database.dao(MeetingDao.class).save(other, NOW);
        Attendee mine = attendee(meeting.id(), "王建国", 1);
        attendees.save(mine);
        attendees.save(attendee(other.id(), "李文华", 1));

        assertThat(attendees.listByMeeting(meeting.id())).containsExactly(mine);
        assertThat(attendees.countByMeeting(other.id())).isEqualTo(1);
    }

    @Test
    void saveInsertsThenReplacesTheSameId() {
        Attendee original = attendee(meeting.id(), "王建国", 1);
        attendees.save(original);
        Attendee edited = original.withName("王建国（代）").withPosition("副市长").withRank(4);

        attendees.save(edited);

        assertThat(attendees.find(original.id())).contains(edited);
        assertThat(attendees.countByMeeting(meeting.id())).isEqualTo(1);
    }

    @Test
    void checkInUpdateStoresStatusAndTimestamp() {
        Attendee person = attendee(meeting.id(), "王建国", 1);
        attendees.save(person);
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 12, 0, 55, 30, 0, ZoneOffset.UTC);

        assertThat(attendees.updateCheckIn(person.id(), CheckInStatus.ARRIVED.name(), at)).isEqualTo(1);

        assertThat(attendees.find(person.id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
        assertThat(checkedInAt(person.id()).toInstant()).isEqualTo(at.toInstant());
    }

    @Test
    void checkInUpdateOfAnUnknownIdChangesNothing() {
        assertThat(attendees.updateCheckIn(UUID.randomUUID(), "ARRIVED", OffsetDateTime.now(ZoneOffset.UTC))).isZero();
    }

    @Test
    void updateRanksChangesOnlyTheRanksGiven() {
        Attendee a = attendee(meeting.id(), "An", 1);
        Attendee b = attendee(meeting.id(), "Bai", 2);
        attendees.insertAllOrNothing(List.of(a, b));

        attendees.updateRanks(List.of(a.withRank(2).withName("ignored"), b.withRank(1)));

        assertThat(attendees.listByMeeting(meeting.id())).containsExactly(b.withRank(1), a.withRank(2));
    }

    @Test
    void deleteRemovesOneAttendee() {
        Attendee gone = attendee(meeting.id(), "An", 1);
        Attendee kept = attendee(meeting.id(), "Bai", 2);
        attendees.insertAllOrNothing(List.of(gone, kept));

        assertThat(attendees.delete(gone.id())).isEqualTo(1);
        assertThat(attendees.delete(gone.id())).isZero();

        assertThat(attendees.listByMeeting(meeting.id())).containsExactly(kept);
    }

    @Test
    void batchWithATooLongNameInsertsNothing() {
        List<Attendee> batch = List.of(attendee(meeting.id(), "王建国", 1), attendee(meeting.id(), "李文华", 2),
                attendee(meeting.id(), "名".repeat(Attendee.MAX_NAME_LENGTH + 1), 3),
                attendee(meeting.id(), "张志强", 4));

        assertThatThrownBy(() -> attendees.insertAllOrNothing(batch)).isInstanceOf(JdbiException.class);

        assertThat(attendees.countByMeeting(meeting.id())).isZero();
    }

    @Test
    void batchWithAnUnknownMeetingInsertsNothing() {
        List<Attendee> batch = List.of(attendee(meeting.id(), "王建国", 1), attendee(UUID.randomUUID(), "李文华", 2));

        assertThatThrownBy(() -> attendees.insertAllOrNothing(batch)).isInstanceOf(JdbiException.class);

        assertThat(attendees.countByMeeting(meeting.id())).isZero();
    }

    @Test
    void batchWithARepeatedIdInsertsNothing() {
        Attendee once = attendee(meeting.id(), "王建国", 1);

        assertThatThrownBy(() -> attendees.insertAllOrNothing(List.of(once, attendee(meeting.id(), "李文华", 2), once)))
                .isInstanceOf(JdbiException.class);

        assertThat(attendees.countByMeeting(meeting.id())).isZero();
    }

    @Test
    void nameOfExactlyTheMaximumLengthIsStored() {
        Attendee longest = attendee(meeting.id(), "名".repeat(Attendee.MAX_NAME_LENGTH), 1);

        attendees.insertAllOrNothing(List.of(longest));

        assertThat(attendees.find(longest.id())).contains(longest);
    }

    private OffsetDateTime checkedInAt(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT checked_in_at FROM attendee WHERE id = :id")
                .bind("id", id).mapTo(OffsetDateTime.class).one());
    }
}
