package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backing up and restoring from the window: a restore is checked at once and waits for the next start. */
class BackupViewModelTest {

    @TempDir
    Path dir;

    @Test
    void backUpNowSaysWhereTheBackupIs() {
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            model(fx).backUpNow();
            assertThat(fx.dialogs.errors()).isEmpty();
            assertThat(fx.dialogs.information()).singleElement()
                    .satisfies(shown -> assertThat(shown.message()).startsWith("Backed up to ").endsWith(".zip."));
        }
    }

    @Test
    void aBrokenBackupIsRefusedAndNothingWaitsForTheNextStart() throws Exception {
        Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            fx.dialogs.chooseFile(broken).answerConfirm(true);
            model(fx).restore();
            assertThat(fx.dialogs.errors()).singleElement()
                    .satisfies(shown -> assertThat(shown.message()).contains("broken.zip"));
            assertThat(new ScheduledRestore(dir.resolve("data")).pending()).isFalse();
        }
    }

    @Test
    void aSoundBackupIsCheckedAndLeftForTheNextStart() {
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            fx.context.sampleMeeting().ensure();
            Path backup = fx.context.backups(3).backUp();
            fx.dialogs.chooseFile(backup).answerConfirm(false);
            model(fx).restore();
            assertThat(new ScheduledRestore(dir.resolve("data")).pending()).isFalse();
            fx.dialogs.answerConfirm(true);
            model(fx).restore();
            assertThat(fx.dialogs.errors()).isEmpty();
            assertThat(fx.dialogs.information()).singleElement()
                    .satisfies(shown -> assertThat(shown.message()).contains("(1 meetings)"));
            assertThat(new ScheduledRestore(dir.resolve("data")).pending()).isTrue();
        }
    }

    private static BackupViewModel model(ViewModelFixture fx) {
        return new BackupViewModel(() -> fx.context.backups(3), new ScheduledRestore(fx.context.dataDir()), fx.runner,
                fx.dialogs, fx.failures, fx.i18n);
    }
}
