package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.junit.jupiter.api.Test;

/**
 * A meeting copied one week later and a meeting deleted during a venue-server outage (decision 0043), on real H2
 * with a simulated cut ({@link H2Outage}). Before 0043 both failed with the storage message ({@code saveCopy} and
 * {@code delete} were not queued). Now: both queue and show at once (the copy listed with its source's attendees,
 * check-in reset; the deleted meeting gone from the list), and are sent once, in order; a deletion over another
 * laptop's later change of the meeting's records is refused, logged and counted; this laptop's own queued changes
 * count as seen.
 */
class MeetingCopyDeleteOutageTest extends OutageCase {

    @Test
    void aCopyAndADeletionShowAtOnceAndArriveOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID source = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting doomed = catalog.duplicate(source);
            AttendeeDao attendees = outage.dao(AttendeeDao.class);
            List<Attendee> sourceList = attendees.listByMeeting(source);
            assertThat(sourceList).isNotEmpty();
            readParts(outage, doomed.id());
            int listed = catalog.list().size();

            outage.cut();
            Meeting copy = catalog.duplicate(source);
            assertThat(catalog.list()).as("the copy listed at once").extracting(Meeting::id).contains(copy.id());
            List<Attendee> copied = attendees.listByMeeting(copy.id());
            assertThat(copied).as("with its source's attendees, check-in reset").hasSameSizeAs(sourceList)
                    .allMatch(a -> a.checkIn() == CheckInStatus.EXPECTED && a.meetingId().equals(copy.id()));
            Attendee first = copied.get(0);
            attendees.updateCheckIn(first.id(), CheckInStatus.ARRIVED.name(), OffsetDateTime.now(clock));
            assertThat(attendees.find(first.id()).orElseThrow().checkIn()).isEqualTo(CheckInStatus.ARRIVED);
            assertThat(catalog.delete(doomed.id())).isTrue();
            assertThat(catalog.list()).as("the deleted meeting gone at once").extracting(Meeting::id)
                    .doesNotContain(doomed.id()).hasSize(listed);
            assertThat(catalog.find(doomed.id())).isEmpty();
            assertThat(outage.outbox().size()).as("copy, check-in, deletion").isEqualTo(3);

            outage.restore();
            assertThat(outage.send()).isEqualTo(3);
            AttendeeDao server = store.dao(AttendeeDao.class);
            assertThat(server.listByMeeting(copy.id())).as("stored with the ids shown").extracting(Attendee::id)
                    .containsExactlyInAnyOrderElementsOf(copied.stream().map(Attendee::id).toList());
            assertThat(server.find(first.id()).orElseThrow().checkIn()).as("the check-in sent after the copy")
                    .isEqualTo(CheckInStatus.ARRIVED);
            assertThat(store.dao(MeetingDao.class).find(doomed.id())).isEmpty();
            assertThat(server.listByMeeting(doomed.id())).isEmpty();
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(catalog.list()).hasSize(listed);
        }
    }

    @Test
    void aDeletionOverAnotherLaptopsLaterChangeIsRefusedAndCountedOwnChangesCountAsSeen() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID source = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting theirs = catalog.duplicate(source);
            Meeting mine = catalog.duplicate(source);
            readParts(outage, theirs.id());
            readParts(outage, mine.id());
            AttendeeDao attendees = outage.dao(AttendeeDao.class);

            outage.cut();
            Attendee own = attendees.listByMeeting(mine.id()).get(0);
            attendees.updateCheckIn(own.id(), CheckInStatus.LATE.name(), OffsetDateTime.now(clock));
            catalog.delete(mine.id());
            catalog.delete(theirs.id());
            assertThat(catalog.list()).extracting(Meeting::id).doesNotContain(mine.id(), theirs.id());
            AttendeeDao server = store.dao(AttendeeDao.class);
            Attendee other = server.listByMeeting(theirs.id()).get(0);
            server.save(other.withNotes("另一台电脑断网期间改的备注"));

            outage.restore();
            assertThat(outage.send()).isEqualTo(3);
            MeetingDao meetings = store.dao(MeetingDao.class);
            assertThat(meetings.find(mine.id())).as("own check-in sent first, then deleted").isEmpty();
            assertThat(meetings.find(theirs.id())).as("another laptop's fresh work is not deleted").isPresent();
            assertThat(server.find(other.id()).orElseThrow().notes()).isEqualTo("另一台电脑断网期间改的备注");
            assertThat(outage.keptElsewhere()).as("the refusal counted once").isEqualTo(1);
            assertThat(catalog.list()).as("shown again").extracting(Meeting::id).contains(theirs.id())
                    .doesNotContain(mine.id());
        }
    }

    @Test
    void aCopyWhoseSourceWasDeletedElsewhereIsStoredWithoutAttendeesAndCounted() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID sample = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting source = catalog.duplicate(sample);
            readParts(outage, source.id());

            outage.cut();
            Meeting copy = catalog.duplicate(source.id());
            assertThat(outage.dao(AttendeeDao.class).listByMeeting(copy.id())).isNotEmpty();
            store.dao(MeetingDao.class).delete(source.id());

            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            assertThat(store.dao(MeetingDao.class).find(copy.id())).isPresent();
            assertThat(store.dao(AttendeeDao.class).listByMeeting(copy.id())).isEmpty();
            assertThat(outage.keptElsewhere()).isEqualTo(1);
        }
    }

    /** The reads the meeting's screens make while the server answers (the list, its attendees, incidents, marks). */
    private static void readParts(H2Outage outage, UUID meeting) {
        outage.dao(MeetingDao.class).list();
        outage.dao(AttendeeDao.class).listByMeeting(meeting);
        outage.dao(IncidentDao.class).listByMeeting(meeting);
        outage.dao(MeetingChecklistDao.class).marks(meeting);
    }
}
