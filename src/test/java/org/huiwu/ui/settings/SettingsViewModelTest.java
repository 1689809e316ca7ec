package org.huiwu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup interval and the number kept in the settings: loaded, checked against their limits, stored, applied. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anAllowedBackupPolicyIsStoredAndAppliedAtOnce() {
        try (ViewModelFixture fx = new ViewModelFixture(dir)) {
            List<BackupPolicy> applied = new ArrayList<>();
            SettingsViewModel model = model(fx, applied);
            model.load();
            assertThat(model.backupMinutesProperty().get()).isEqualTo("15");
            assertThat(model.backupsKeptProperty().get()).isEqualTo("10");
            model.backupMinutesProperty().set(" 30 ");
            model.backupsKeptProperty().set("4");
            model.apply();
            assertThat(applied).containsExactly(new BackupPolicy(30, 4));
            assertThat(fx.context.preferences().backupPolicy()).isEqualTo(new BackupPolicy(30, 4));
        }
    }

    @Test
    void anIntervalOrCountOutsideItsLimitsIsRefusedWithAMessage() {
        try (ViewModelFixture fx = new ViewModelFixture(dir)) {
            List<BackupPolicy> applied = new ArrayList<>();
            SettingsViewModel model = model(fx, applied);
            model.load();
            model.backupMinutesProperty().set("3");
            assertThat(model.validate()).isFalse();
            assertThat(model.problemProperty().get())
                    .isEqualTo("The backup interval must be a whole number of minutes from 5 to 240.");
            model.apply();
            model.backupMinutesProperty().set("240");
            model.backupsKeptProperty().set("ten");
            assertThat(model.problemProperty().get()).isEmpty();
            assertThat(model.validate()).isFalse();
            assertThat(model.problemProperty().get()).isEqualTo("The number of backups kept must be a whole number from 1 to 100.");
            model.backupsKeptProperty().set("101");
            assertThat(model.validate()).isFalse();
            assertThat(applied).isEmpty();
            assertThat(fx.context.preferences().backupPolicy()).isEqualTo(BackupPolicy.DEFAULT);
        }
    }

    @Test
    void theOverrideInForceIsShownWithWhoWhenAndWhy() {
        try (ViewModelFixture fx = new ViewModelFixture(dir)) {
            SettingsViewModel model = model(fx, new ArrayList<>());
            model.folderProtection().showClassifiedRule(fx.context.classifiedFolder());
            model.load();
            assertThat(model.folderProtection().classifiedStateProperty().get()).isEqualTo("No 涉密 override was given.");
            fx.context.classifiedFolder().override("Director Wang", "Closed venue network");
            model.load();
            assertThat(model.folderProtection().classifiedStateProperty().get()).startsWith("涉密 override: Director Wang allowed")
                    .endsWith("reason: Closed venue network");
        }
    }

    @Test
    void onAVenueServerTheServerKeepsTheRecordsNotAnEncryptedFolder() {
        try (ViewModelFixture fx = new ViewModelFixture(dir)) {
            SettingsViewModel model = model(fx, new ArrayList<>());
            model.folderProtection().showClassifiedRule(fx.context.classifiedFolder());
            model.folderProtection().showOnServer(true);
            model.load();
            assertThat(model.folderProtection().classifiedStateProperty().get())
                    .isEqualTo("This window keeps its records on the venue server, whose administrator protects and "
                            + "backs them up; it may hold 涉密 meetings.");
            assertThat(model.folderProtection().onServerProperty().get()).as("the backup fields are hidden").isTrue();
        }
    }

    private static SettingsViewModel model(ViewModelFixture fx, List<BackupPolicy> applied) {
        return new SettingsViewModel(fx.context.preferences(), Language.ENGLISH, Theme.LIGHT, fx.runner, fx.dialogs,
                fx.failures, fx.i18n, (language, theme) -> { }, applied::add);
    }
}
