package org.huiwu.logic.attendees;

import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.huiwu.model.Meeting;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.MeetingDao;

/** A real H2 database in a test's folder with one saved meeting and a roster on a fixed clock. Test code. */
final class RosterFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T00:55:30Z"), ZoneId.of("Asia/Shanghai"));

    final Database database;
    final AttendeeDao dao;
    final AttendeeRoster roster;
    final Meeting meeting;

    RosterFixture(Path dataDir) {
        database = TestStores.fresh(dataDir);
        dao = database.dao(AttendeeDao.class);
        roster = new AttendeeRoster(dao, CLOCK);
        meeting = meeting("常务会议", LocalDate.of(2025, 3, 12));
        database.dao(MeetingDao.class).save(meeting, CLOCK.instant());
    }

    @Override
    public void close() {
        database.close();
    }
}
