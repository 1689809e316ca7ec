package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed rows survive a schema change (issue 17 §1, H2 issue 4247: in H2 2.3.232 compaction on close
 * dropped chunks after an ALTER TABLE, so rows written afterwards vanished without an error). Each round
 * runs the reported sequence on a fresh data folder with the real migrations: fill a meeting, apply a
 * test-only {@code ALTER TABLE … ADD COLUMN} migration, write three attendees through the DAO, close,
 * read, close, reopen and count.
 */
class SchemaChangeDurabilityTest {

    private static final List<String> WITH_TEST_MIGRATION = List.of(Database.MIGRATIONS,
            "classpath:db/test-migration");
    private static final Instant NOW = Instant.parse("2025-03-10T01:00:00Z");
    private static final int ROUNDS = 4;
    private static final int FIRST_ATTENDEES = 40;

    @TempDir
    Path dir;

    @Test
    void rowsWrittenAfterAnAlterTableSurviveCloseAndReopen() {
        List<String> losses = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            Path dataDir = dir.resolve("round-" + round);
            Meeting meeting = meeting("市政府第" + round + "次常务会议", LocalDate.of(2025, 3, 12));
            try (Database database = Database.open(dataDir)) {
                database.dao(MeetingDao.class).save(meeting, NOW);
                for (int rank = 1; rank <= FIRST_ATTENDEES; rank++) {
                    database.dao(AttendeeDao.class).save(attendee(meeting.id(), "代表" + rank, rank));
                }
            }
            Database.open(dataDir, WITH_TEST_MIGRATION).close();
            try (Database database = Database.open(dataDir, WITH_TEST_MIGRATION)) {
                for (int rank = FIRST_ATTENDEES + 1; rank <= FIRST_ATTENDEES + 3; rank++) {
                    database.dao(AttendeeDao.class).save(attendee(meeting.id(), "新增" + rank, rank));
                }
            }
            try (Database database = Database.open(dataDir, WITH_TEST_MIGRATION)) {
                database.dao(AttendeeDao.class).listByMeeting(meeting.id());
            }
            try (Database database = Database.open(dataDir, WITH_TEST_MIGRATION)) {
                int found = database.dao(AttendeeDao.class).countByMeeting(meeting.id());
                if (found != FIRST_ATTENDEES + 3) {
                    losses.add("round " + round + ": " + found + " of " + (FIRST_ATTENDEES + 3) + " attendees");
                }
            }
        }
        assertThat(losses).as("rounds that lost committed rows").isEmpty();
    }
}
