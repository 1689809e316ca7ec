package org.huiwu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.huiwu.logic.settings.Preferences;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.SettingDao;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attendant's name typed once is there again after a restart, on real H2. */
class AttendantTest {

    @TempDir
    Path dataDir;

    @Test
    void theNameTypedIsRememberedForTheNextStart() {
        try (Database database = Database.open(dataDir)) {
            Attendant first = Attendant.remembered(new Preferences(database.dao(SettingDao.class)),
                    new ImmediateTaskRunner());
            assertThat(first.name()).isEmpty();
            first.nameProperty().set("  吕佳 ");
        }
        try (Database database = Database.open(dataDir)) {
            Attendant next = Attendant.remembered(new Preferences(database.dao(SettingDao.class)),
                    new ImmediateTaskRunner());
            assertThat(next.name()).isEqualTo("吕佳");
        }
    }

    @Test
    void anAbsurdlyLongNameIsCutRatherThanLost() {
        try (Database database = Database.open(dataDir)) {
            Preferences preferences = new Preferences(database.dao(SettingDao.class));
            Attendant.remembered(preferences, new ImmediateTaskRunner()).nameProperty().set("王".repeat(5000));
            assertThat(preferences.attendantName()).hasSize(200);
        }
    }
}
