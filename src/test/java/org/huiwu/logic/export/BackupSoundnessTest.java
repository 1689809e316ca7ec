package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.FolderSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is good only when every table reads back (issue 17 §2): a database with a damaged page that
 * still opens and still counts its meetings is not backed up, the older backups stay, and a backup with
 * such a page or from a newer version of the app is not restored.
 */
class BackupSoundnessTest {

    private static final int BLOCK = 4096;

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithADamagedPageIsNotBackedUpAndTheGoodBackupsStay() throws Exception {
        Path data = dir.resolve("data");
        Path good;
        sampleWrittenInTwoSittings(data);
        try (AppContext context = ExportFixture.open(data)) {
            good = context.backups(1).backUp();
        }
        damageAPageThatOpeningAndCountingMeetingsMiss(data);

        try (AppContext context = ExportFixture.open(data)) {
            assertThatThrownBy(() -> context.backups(1).backUp()).isInstanceOfSatisfying(ExportFailedException.class,
                    e -> assertThat(e.problem()).isEqualTo(ExportProblem.DAMAGED));
            assertThat(context.backups(1).list()).containsExactly(good);
        }
        assertThat(BackupRestore.restore(good, data)).isEqualTo(2);
        assertThat(DatabaseBackup.checkReadable(data)).isEqualTo(2);
    }

    @Test
    void aBackupWithADamagedPageIsNotRestored() throws Exception {
        Path source = dir.resolve("source");
        sampleWrittenInTwoSittings(source);
        damageAPageThatOpeningAndCountingMeetingsMiss(source);
        Path backup = zipOf(source, dir.resolve("damaged.zip"));
        Path data = dir.resolve("data");
        ExportFixture.open(data).close();

        assertThatThrownBy(() -> BackupRestore.restore(backup, data)).isInstanceOfSatisfying(BackupRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupRejectedException.Reason.NOT_A_BACKUP));
    }

    @Test
    void aBackupFromANewerVersionOfTheAppIsNotRestored() throws Exception {
        Path source = dir.resolve("source");
        ExportFixture.open(source).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + source.resolve("huiwu"), "sa",
                FolderSecret.of(source));
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (900, '900', 'from a newer app', 'SQL', 'V900__from_a_newer_app.sql', 0, 'sa', 1, TRUE)");
        }
        Path backup = zipOf(source, dir.resolve("newer.zip"));
        Path data = dir.resolve("data");

        assertThatThrownBy(() -> BackupRestore.restore(backup, data)).isInstanceOfSatisfying(BackupRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupRejectedException.Reason.NEWER_VERSION));
        assertThat(data.resolve(DatabaseBackup.databaseFileName())).doesNotExist();
    }

    /**
     * The sample meeting, then a second meeting with 2,000 attendees written after a reopen, so that the
     * attendee table spans many pages that opening the file and counting meetings never read.
     */
    private static void sampleWrittenInTwoSittings(Path data) {
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
        }
        try (AppContext context = ExportFixture.open(data)) {
            Meeting second = context.meetings().save(Fixtures.meeting("市政府第29次常务会议", LocalDate.of(2026, 12, 14)));
            List<Attendee> delegates = new ArrayList<>();
            for (int rank = 1; rank <= 2000; rank++) {
                delegates.add(Fixtures.attendee(second.id(), "代表" + rank, rank));
            }
            context.roster().importAll(delegates);
        }
    }

    /**
     * Overwrites one block of the closed database with noise, choosing the first block (see
     * {@link #blocksToTry}) after which the database still opens and counts its meetings, but does not
     * read back whole.
     */
    static void damageAPageThatOpeningAndCountingMeetingsMiss(Path data) throws Exception {
        Path file = data.resolve(DatabaseBackup.databaseFileName());
        byte[] original = Files.readAllBytes(file);
        byte[] noise = new byte[BLOCK];
        new Random(17).nextBytes(noise);
        for (int block : blocksToTry(original)) {
            byte[] damaged = original.clone();
            System.arraycopy(noise, 0, damaged, block * BLOCK, BLOCK);
            Files.write(file, damaged);
            if (countsMeetings(data) && !readsBackWhole(data)) {
                return;
            }
        }
        throw new AssertionError("no block found whose damage only a whole read notices");
    }

    /**
     * The blocks past the two headers, those holding a complaint's text first (newest first: the live copy
     * of a page is written after its old ones), as a table that opening the file does not touch.
     */
    private static List<Integer> blocksToTry(byte[] file) {
        byte[] text = asStoredByH2("空调出风直吹");
        List<Integer> blocks = new ArrayList<>();
        for (int at = file.length - text.length; at >= 2 * BLOCK; at--) {
            if (Arrays.equals(file, at, at + text.length, text, 0, text.length) && !blocks.contains(at / BLOCK)) {
                blocks.add(at / BLOCK);
            }
        }
        for (int block = 2; block < file.length / BLOCK - 1; block++) {
            if (!blocks.contains(block)) {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** A text as H2's store writes it: like UTF-8, but its continuation bytes lack the high bit. */
    private static byte[] asStoredByH2(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                bytes.write(c);
            } else if (c < 0x800) {
                bytes.write(0xc0 | (c >> 6));
                bytes.write(c & 0x3f);
            } else {
                bytes.write(0xe0 | (c >> 12));
                bytes.write((c >> 6) & 0x3f);
                bytes.write(c & 0x3f);
            }
        }
        return bytes.toByteArray();
    }

    /** What the old backup check did: open the file read-only and count its meetings, nothing more. */
    private static boolean countsMeetings(Path data) {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve(Database.FILE_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", FolderSecret.of(data));
             ResultSet meetings = connection.createStatement().executeQuery("SELECT COUNT(*) FROM meeting")) {
            return meetings.next() && meetings.getInt(1) > 0;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean readsBackWhole(Path data) {
        try {
            DatabaseBackup.checkReadable(data);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Path zipOf(Path data, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry(DatabaseBackup.databaseFileName()));
            Files.copy(data.resolve(DatabaseBackup.databaseFileName()), entries);
            entries.closeEntry();
            entries.putNextEntry(new ZipEntry(FolderSecret.FILE_NAME));
            Files.copy(data.resolve(FolderSecret.FILE_NAME), entries);
            entries.closeEntry();
        }
        return zip;
    }
}
