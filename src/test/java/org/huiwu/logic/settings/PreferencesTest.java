package org.huiwu.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.huiwu.logic.seating.print.NameCardLayout;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.SettingDao;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Preferences} on a real H2 database: defaults, saved choices, reopening, unreadable stored values. */
@Tag("dao")
class PreferencesTest {

    @TempDir
    Path dataDir;

    private Database database;
    private Preferences preferences;

    @BeforeEach
    void open() {
        database = TestStores.fresh(dataDir);
        preferences = new Preferences(database.dao(SettingDao.class));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void defaultsAreChineseAndTheLightTheme() {
        assertThat(preferences.language()).isEqualTo(Language.CHINESE);
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void chosenLanguageIsKept(Language language) {
        preferences.setLanguage(language);

        assertThat(preferences.language()).isEqualTo(language);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void chosenThemeIsKept(Theme theme) {
        preferences.setTheme(theme);

        assertThat(preferences.theme()).isEqualTo(theme);
    }

    @Test
    void choicesSurviveReopeningTheDatabase() {
        preferences.setLanguage(Language.ENGLISH);
        preferences.setTheme(Theme.DIM);
        database.close();

        database = TestStores.fresh(dataDir);
        Preferences reopened = new Preferences(database.dao(SettingDao.class));

        assertThat(reopened.language()).isEqualTo(Language.ENGLISH);
        assertThat(reopened.theme()).isEqualTo(Theme.DIM);
    }

    @Test
    void unreadableStoredValuesFallBackToTheDefaults() {
        SettingDao settings = database.dao(SettingDao.class);
        settings.save("ui.language", "KLINGON");
        settings.save("ui.theme", "neon");

        assertThat(preferences.language()).isEqualTo(Language.CHINESE);
        assertThat(preferences.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void languagesNameTheirLocales() {
        assertThat(Language.CHINESE.locale().getLanguage()).isEqualTo("zh");
        assertThat(Language.ENGLISH.locale().getLanguage()).isEqualTo("en");
    }

    @Test
    void theNameCardLayoutIsRememberedAndAnUnreadableOneFallsBackToTheUsualSize() {
        assertThat(preferences.nameCardLayout()).isEqualTo(NameCardLayout.standard(1));
        preferences.setNameCardLayout(new NameCardLayout(2, 120.5, 70, false));
        assertThat(preferences.nameCardLayout()).isEqualTo(new NameCardLayout(2, 120.5, 70, false));

        database.dao(SettingDao.class).save("print.nameCards", "2;999;70;true");
        assertThat(preferences.nameCardLayout()).isEqualTo(NameCardLayout.standard(1));
    }
}
