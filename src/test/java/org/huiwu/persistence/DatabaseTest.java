package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.huiwu.Fixtures.attendee;
import static org.huiwu.Fixtures.meeting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import org.huiwu.model.Meeting;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the database of a data folder: creation and reopening, a damaged file reported as CORRUPT
 * and left untouched, and two connections on one folder at once (H2 auto-server mode).
 */
class DatabaseTest {

    private static final Instant NOW = Instant.parse("2025-03-10T01:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void openCreatesTheDatabaseFileInTheDataFolder() {
        try (Database database = Database.open(dataDir.resolve("new folder"))) {
            assertThat(database.dao(MeetingDao.class).count()).isZero();
        }
        assertThat(dataDir.resolve("new folder").resolve(Database.FILE_NAME + ".mv.db")).isRegularFile();
    }

    @Test
    void reopeningTheSameFolderKeepsTheData() {
        Meeting meeting = meeting("市政府第28次常务会议", LocalDate.of(2025, 3, 12));
        try (Database database = Database.open(dataDir)) {
            database.dao(MeetingDao.class).save(meeting, NOW);
            database.dao(AttendeeDao.class).save(attendee(meeting.id(), "王建国", 1));
        }

        try (Database reopened = Database.open(dataDir)) {
            assertThat(reopened.dao(MeetingDao.class).find(meeting.id())).contains(meeting);
            assertThat(reopened.dao(AttendeeDao.class).countByMeeting(meeting.id())).isEqualTo(1);
        }
    }

    @Test
    void corruptFileIsReportedAsCorrupt() throws IOException {
        writeJunkDatabaseFile();

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> Database.open(dataDir).close());

        assertThat(failure).isNotNull();
        assertThat(failure.problem()).isEqualTo(StorageProblem.CORRUPT);
        assertThat(failure.dataDir()).isEqualTo(dataDir);
    }

    @Test
    void failedOpenOfACorruptFileLeavesItsBytesUnchanged() throws IOException {
        byte[] junk = writeJunkDatabaseFile();

        catchThrowableOfType(StorageUnavailableException.class, () -> Database.open(dataDir).close());

        assertThat(Files.readAllBytes(databaseFile())).isEqualTo(junk);
    }

    @Test
    void twoOpensOnOneFolderBothWorkAndSeeEachOthersWrites() {
        Meeting first = meeting("第一个窗口的会议", LocalDate.of(2025, 3, 12));
        Meeting second = meeting("第二个窗口的会议", LocalDate.of(2025, 3, 13));
        try (Database window = Database.open(dataDir); Database command = Database.open(dataDir)) {
            window.dao(MeetingDao.class).save(first, NOW);
            command.dao(MeetingDao.class).save(second, NOW);

            assertThat(command.dao(MeetingDao.class).find(first.id())).contains(first);
            assertThat(window.dao(MeetingDao.class).find(second.id())).contains(second);
            assertThat(window.dao(MeetingDao.class).count()).isEqualTo(2);
        }
    }

    @Test
    void problemOfFindsTheStorageProblemInTheCauseChain() {
        StorageUnavailableException unavailable = new StorageUnavailableException(StorageProblem.LOCKED, dataDir,
                new IOException("locked"));

        assertThat(Database.problemOf(new RuntimeException("wrapped", unavailable))).contains(StorageProblem.LOCKED);
        assertThat(Database.problemOf(new IllegalStateException("not storage"))).isEqualTo(Optional.empty());
    }

    @Test
    void aZeroLengthFileIsReportedAsDamagedAndNotReplacedByAnEmptyDatabase() throws IOException {
        Files.write(databaseFile(), new byte[0]);

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> Database.open(dataDir).close());

        assertThat(failure.problem()).isEqualTo(StorageProblem.CORRUPT);
        assertThat(databaseFile()).isEmptyFile();
    }

    @Test
    void aCutShortFileIsReportedAsDamagedAndLeftAsItIs() throws IOException {
        try (Database database = Database.open(dataDir)) {
            for (int i = 0; i < 40; i++) {
                database.dao(MeetingDao.class).save(meeting("会议" + i, LocalDate.of(2025, 3, 12)), NOW);
            }
        }
        byte[] whole = Files.readAllBytes(databaseFile());
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(databaseFile(), half);

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> Database.open(dataDir).close());

        assertThat(failure.problem()).isEqualTo(StorageProblem.CORRUPT);
        assertThat(Files.readAllBytes(databaseFile())).isEqualTo(half);
    }

    @Test
    void aDatabaseFromANewerVersionOfTheAppIsRefused() throws Exception {
        Database.open(dataDir).close();
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve(Database.FILE_NAME), "sa", FolderSecret.of(dataDir));
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (900, '900', 'from a newer app', 'SQL', 'V900__from_a_newer_app.sql', 0, 'sa', 1, TRUE)");
        }

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> Database.open(dataDir).close());

        assertThat(failure.problem()).isEqualTo(StorageProblem.NEWER_VERSION);
    }

    @Test
    void aFolderNameHoldingDatabaseSettingsIsRefusedAndNothingIsCreated() throws IOException {
        Path folder = dataDir.resolve("x;INIT=RUNSCRIPT FROM 'evil.sql'");

        StorageUnavailableException failure = catchThrowableOfType(StorageUnavailableException.class,
                () -> Database.open(folder).close());

        assertThat(failure.problem()).isEqualTo(StorageProblem.UNSAFE_FOLDER_NAME);
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderNameWithAnEqualsSignIsAnOrdinaryFolder() {
        Path folder = dataDir.resolve("会议=2025");

        Database.open(folder).close();

        assertThat(folder.resolve(Database.FILE_NAME + ".mv.db")).isRegularFile();
    }

    private Path databaseFile() {
        return dataDir.resolve(Database.FILE_NAME + ".mv.db");
    }

    private byte[] writeJunkDatabaseFile() throws IOException {
        byte[] junk = new byte[16 * 1024];
        new Random(20250312L).nextBytes(junk);
        Files.write(databaseFile(), junk);
        return junk;
    }
}
