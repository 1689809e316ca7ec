package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by the previous H2 (2.3.232, file format 3) opens with the current one unchanged:
 * the fixture {@code h2-2.3.232/huiwu.mv.db} was made once by the app's {@code sample} command running on
 * H2 2.3.232 (decision 0016). Its sample meeting has 19 attendees.
 */
class OldH2FileTest {

    private static final UUID SAMPLE_MEETING = UUID.fromString("5a3d1e00-0000-4000-8000-000000000001");

    @TempDir
    Path dataDir;

    @Test
    void aFolderWrittenByH2Version2_3OpensReadsAndTakesNewRows() throws Exception {
        try (InputStream fixture = getClass().getResourceAsStream("h2-2.3.232/huiwu.mv.db")) {
            Files.copy(fixture, dataDir.resolve(Database.FILE_NAME + ".mv.db"));
        }

        try (Database database = Database.open(dataDir)) {
            assertThat(database.dao(MeetingDao.class).find(SAMPLE_MEETING)).isPresent();
            assertThat(database.dao(AttendeeDao.class).countByMeeting(SAMPLE_MEETING)).isEqualTo(19);
            database.dao(AttendeeDao.class).save(attendee(SAMPLE_MEETING, "升级后新增", 20));
        }
        try (Database reopened = Database.open(dataDir)) {
            assertThat(reopened.dao(AttendeeDao.class).countByMeeting(SAMPLE_MEETING)).isEqualTo(20);
        }
        assertThat(DatabaseBackup.checkReadable(dataDir)).isEqualTo(1);
    }
}
