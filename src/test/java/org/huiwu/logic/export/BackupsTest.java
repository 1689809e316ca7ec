package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.huiwu.AppContext;
import org.huiwu.logic.settings.BackupPolicy;
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
            context.applyBackupPolicy(new BackupPolicy(60, 3));
        }
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.backups(3).list()).hasSize(1);
        }
    }

    @Test
    void aChangedBackupPolicyAppliesWithoutARestart() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = ExportFixture.open(data)) {
            for (int i = 0; i < 4; i++) {
                Files.createDirectories(data.resolve(Backups.FOLDER));
                Files.write(data.resolve(Backups.FOLDER).resolve("huiwu-2026010" + i + "-000000-000.zip"), new byte[0]);
            }
            context.applyBackupPolicy(new BackupPolicy(30, 5));
            context.applyBackupPolicy(new BackupPolicy(20, 2));
        }
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.backups(10).list()).hasSize(2).last()
                    .satisfies(f -> assertThat(f.getFileName().toString()).startsWith("huiwu-20260512"));
        }
    }

    @Test
    void theWindowsRestoreIsCheckedAtOnceAndDoneAtTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
            backup = context.backups(3).backUp();
            context.meetings().delete(org.huiwu.logic.sample.SampleMeeting.ID);
            Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
            assertThatThrownBy(() -> new ScheduledRestore(data).schedule(broken))
                    .isInstanceOf(BackupRejectedException.class);
            assertThat(new ScheduledRestore(data).pending()).isFalse();
            assertThat(new ScheduledRestore(data).schedule(backup)).isEqualTo(1);
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isEmpty();
        }
        assertThat(new ScheduledRestore(data).restoreIfPending()).contains(1);
        assertThat(new ScheduledRestore(data).pending()).isFalse();
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isPresent();
        }
    }

    @Test
    void aPendingRestoreThatFailsItsCheckLeavesTheDatabaseAlone() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
        }
        Files.write(data.resolve(ScheduledRestore.PENDING), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> new ScheduledRestore(data).restoreIfPending())
                .isInstanceOf(BackupRejectedException.class);
        assertThat(data.resolve(ScheduledRestore.FAILED)).exists();
        assertThat(new ScheduledRestore(data).restoreIfPending()).isEmpty();
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isPresent();
        }
    }

    @Test
    void restoreReplacesTheDatabaseWithTheCheckedBackup() throws Exception {
        Path data = dir.resolve("data");
        Path backup;
        try (AppContext context = ExportFixture.open(data)) {
            context.sampleMeeting().ensure();
            backup = context.backups(3).backUp();
            assertThatThrownBy(() -> BackupRestore.restore(backup, data)).isInstanceOfSatisfying(
                    BackupRejectedException.class, e -> assertThat(e.reason())
                            .isEqualTo(BackupRejectedException.Reason.IN_USE));
        }
        Path empty = dir.resolve("empty");
        try (AppContext context = ExportFixture.open(empty)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isEmpty();
        }
        assertThat(BackupRestore.restore(backup, empty)).isEqualTo(1);
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
        assertThatThrownBy(() -> BackupRestore.restore(broken, data)).isInstanceOfSatisfying(BackupRejectedException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupRejectedException.Reason.NOT_A_BACKUP));
        try (AppContext context = ExportFixture.open(data)) {
            assertThat(context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID)).isPresent();
        }
    }
}
