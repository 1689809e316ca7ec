package org.huiwu.logic.incidents;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.DocumentCopyDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.ProcedureDao;
import org.huiwu.persistence.VenueContactDao;

/**
 * A real H2 database in a temporary folder with one meeting, and the incident desk on a clock the test
 * moves. Test code; close it after each test.
 */
final class IncidentTestbed implements AutoCloseable {

    static final Instant START = Instant.parse("2025-03-12T01:30:00Z");

    final Path dataDir;
    final Database database;
    final MutableClock clock = new MutableClock(START);
    final AttendeeRoster roster;
    final IncidentDesk desk;
    final UUID meetingId;

    IncidentTestbed(Path dataDir) {
        this.dataDir = dataDir;
        this.database = TestStores.fresh(dataDir);
        this.roster = new AttendeeRoster(database.dao(AttendeeDao.class), clock);
        this.desk = IncidentDesk.create(new IncidentDesk.Storage(database.dao(IncidentDao.class),
                database.dao(ProcedureDao.class), database.dao(ChecklistDao.class), database.dao(VenueContactDao.class),
                database.dao(AttachmentDao.class), database.dao(LeftItemDao.class), database.dao(DocumentCopyDao.class)),
                roster, dataDir, clock, UUID::randomUUID);
        this.meetingId = newMeeting("市政府第28次常务会议");
    }

    /** Saves another meeting and returns its id. */
    UUID newMeeting(String title) {
        Meeting meeting = Fixtures.meeting(title, LocalDate.of(2025, 3, 12));
        database.dao(MeetingDao.class).save(meeting, clock.instant());
        return meeting.id();
    }

    /** How many rows the table has, straight from the database. */
    int rows(String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }
}
