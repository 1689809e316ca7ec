package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SettingDao} on a real H2 file database: absent keys, saving, overwriting and reopening. */
@Tag("dao")
class SettingDaoTest {

    @TempDir
    Path dataDir;

    private Database database;
    private SettingDao settings;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        settings = database.dao(SettingDao.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void unknownKeyIsEmpty() {
        assertThat(settings.find("ui.language")).isEmpty();
    }

    @Test
    void savedValueReadsBack() {
        settings.save("ui.language", "ENGLISH");

        assertThat(settings.find("ui.language")).contains("ENGLISH");
    }

    @Test
    void savingAgainOverwritesTheValue() {
        settings.save("ui.theme", "LIGHT");

        settings.save("ui.theme", "DIM");

        assertThat(settings.find("ui.theme")).contains("DIM");
        Integer rows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_setting")
                .mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void keysAreIndependent() {
        settings.save("ui.theme", "DIM");
        settings.save("ui.language", "中文");

        assertThat(settings.find("ui.theme")).contains("DIM");
        assertThat(settings.find("ui.language")).contains("中文");
    }

    @Test
    void savedValueSurvivesReopening() {
        settings.save("ui.theme", "DIM");
        database.close();

        database = TestStores.fresh(dataDir);

        assertThat(database.dao(SettingDao.class).find("ui.theme")).contains("DIM");
    }
}
