package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.huiwu.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups while the database is open, and restores that check the backup first. */
class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void keepsOnlyTheNewestBackups() throws Exception {
        Path data = dir.resolve("data");
        for (int i = 0; i < 4; i++) {
            try (AppContext context = AppContext.open(data,
                    Clock.offset(ExportFixture.CLOCK, Duration.ofMinutes(i)))) {
                context.backups(2).backUp();
            }
        }
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.backups(2).list()).hasSize(2)
                    .allSatisfy(f -> assertThat(f.getFileName().toString()).matches("huiwu-2026051\\d-.*\\.zip"));
        }
    }

    @Test
    void theWindowsAutomaticBackupsTakeOneOnClose() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = ExportFixture.open(data)) {
            context.startAutomaticBackups(Duration.ofMinutes(60), 3);
        }
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.backups(3).list()).hasSize(1);
        }
    }

    @Test
    void restoreReplacesTheDatabaseWithTheCheckedBackup() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
            backup = context.backups(3).backUp();
            assertThatThrownBy(() -> Backups.restore(backup, data)).isInstanceOfSatisfying(
                    BackupRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(BackupRejectedException.Reason.IN_USE));
        }
        Path empty = dir.resolve("empty");
        try (AppContext context = ExportFixture.open(empty)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isEmpty();
        }
        assertThat(Backups.restore(backup, empty)).isEqualTo(1);
        try (AppContext context = ExportFixture.open(empty)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isPresent();
        }
    }

    @Test
    void aBrokenBackupIsRefusedAndTheDatabaseKept() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
        }
        Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> Backups.restore(broken, data)).isInstanceOfSatisfying(BackupRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupRejectedException.Reason.NOT_A_BACKUP));
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isPresent();
        }
    }
}
