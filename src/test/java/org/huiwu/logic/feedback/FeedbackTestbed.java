package org.huiwu.logic.feedback;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SurveyDao;
import org.huiwu.ui.common.MovableClock;

/** A real H2 database with the migrations, one meeting, and the feedback desk on a clock the test moves. Test code. */
final class FeedbackTestbed implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-27T01:30:00Z");

    final MovableClock clock = new MovableClock(T0, ZoneId.of("Asia/Shanghai"));
    final Database database;
    final FeedbackDesk desk;
    final UUID meetingId;

    FeedbackTestbed(Path dataDir) {
        database = TestStores.fresh(dataDir);
        desk = FeedbackDesk.create(database.dao(SurveyDao.class), database.dao(ComplaintDao.class), clock,
                UUID::randomUUID);
        meetingId = newMeeting();
    }

    UUID newMeeting() {
        Meeting meeting = Fixtures.meeting("常务会议", LocalDate.of(2026, 11, 27));
        database.dao(MeetingDao.class).save(meeting, T0);
        return meeting.id();
    }

    @Override
    public void close() {
        database.close();
    }
}
