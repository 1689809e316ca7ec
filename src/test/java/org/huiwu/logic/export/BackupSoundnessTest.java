package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.persistence.DatabaseBackup;
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
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
            good = context.backups(1).backUp();
        }
        damageAPageThatOpeningAndCountingMeetingsMiss(data);

        try (AppContext context = ExportFixture.open(data)) {
            assertThatThrownBy(() -> context.backups(1).backUp()).isInstanceOfSatisfying(ExportFailedException.class,
                    e -> assertThat(e.problem()).isEqualTo(ExportProblem.DAMAGED));
            assertThat(context.backups(1).list()).containsExactly(good);
        }
        assertThat(Backups.restore(good, data)).isEqualTo(1);
        assertThat(DatabaseBackup.checkReadable(data)).isEqualTo(1);
    }

    @Test
    void aBackupWithADamagedPageIsNotRestored() throws Exception {
        Path source = dir.resolve("source");
        try (AppContext context = ExportFixture.open(source)) {
            context.sampleMeeting().ensure();
        }
        damageAPageThatOpeningAndCountingMeetingsMiss(source);
        Path backup = zipOf(source, dir.resolve("damaged.zip"));
        Path data = dir.resolve("data");
        ExportFixture.open(data).close();

        assertThatThrownBy(() -> Backups.restore(backup, data)).isInstanceOfSatisfying(BackupRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupRejectedException.Reason.NOT_A_BACKUP));
    }

    @Test
    void aBackupFromANewerVersionOfTheAppIsNotRestored() throws Exception {
        Path source = dir.resolve("source");
        ExportFixture.open(source).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + source.resolve("huiwu"), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (900, '900', 'from a newer app', 'SQL', 'V900__from_a_newer_app.sql', 0, 'sa', 1, TRUE)");
        }
        Path backup = zipOf(source, dir.resolve("newer.zip"));
        Path data = dir.resolve("data");

        assertThatThrownBy(() -> Backups.restore(backup, data)).isInstanceOfSatisfying(BackupRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupRejectedException.Reason.NEWER_VERSION));
        assertThat(data.resolve(DatabaseBackup.databaseFileName())).doesNotExist();
    }

    /**
     * Overwrites one block of the closed database with noise, choosing the first block (from the middle of
     * the file on) after which the database still opens and counts its meetings, but does not read back whole.
     */
    static void damageAPageThatOpeningAndCountingMeetingsMiss(Path data) throws Exception {
        Path file = data.resolve(DatabaseBackup.databaseFileName());
        byte[] original = Files.readAllBytes(file);
        byte[] noise = new byte[BLOCK];
        new Random(17).nextBytes(noise);
        for (int block = original.length / BLOCK / 2; block < original.length / BLOCK - 1; block++) {
            byte[] damaged = original.clone();
            System.arraycopy(noise, 0, damaged, block * BLOCK, BLOCK);
            Files.write(file, damaged);
            if (countsMeetings(data) && !readsBackWhole(data)) {
                return;
            }
        }
        throw new AssertionError("no block found whose damage only a whole read notices");
    }

    private static boolean countsMeetings(Path data) {
        try (AppContext context = ExportFixture.open(data)) {
            return context.meetings().find(SampleMeeting.ID).isPresent();
        } catch (RuntimeException e) {
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
        }
        return zip;
    }
}
