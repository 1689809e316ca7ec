package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.huiwu.AppContext;
import org.huiwu.logic.feedback.HandlingTime;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.LaptopSettings;
import org.huiwu.persistence.SettingDao;
import org.junit.jupiter.api.Test;

/**
 * Settings changed during a venue-server outage (decision 0046), on real H2 with a simulated cut ({@link H2Outage}),
 * the laptop's parts made as the composition root makes them on a venue server: this laptop's own settings (the
 * language, theme, attendant's name) are stored on the laptop and kept across a restart while the server is still
 * down, and never sent; a venue-wide one (the complaint handling time) queues, shows at once, survives the restart
 * in the outbox and arrives once when the server is back. Before 0046 each save failed as unreachable and was kept
 * for the run only.
 */
class LaptopSettingsOutageTest extends OutageCase {

    @Test
    void laptopSettingsSurviveARestartDuringTheCutAndTheVenueOneArrivesOnce() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir)) {
            try (H2Outage outage = new H2Outage(store, laptop)) {
                Preferences preferences = preferences(outage);
                HandlingTime handling = handlingTime(outage);
                assertThat(preferences.language()).isEqualTo(Language.CHINESE);
                assertThat(handling.get()).isEmpty();

                outage.cut();
                preferences.setLanguage(Language.ENGLISH);
                preferences.setTheme(Theme.DIM);
                preferences.setAttendantName("吕佳");
                handling.set(4);
                assertThat(preferences.serverAway()).as("the dialog tells it was stored here").isTrue();
                assertThat(handling.get()).as("shown at once").contains(Duration.ofHours(4));
                assertThat(handling.waiting()).as("the feedback tab tells it will be sent").isTrue();
                assertThat(outage.outbox().size()).as("only the venue-wide setting queues").isEqualTo(1);
            }
            try (H2Outage restarted = new H2Outage(store, laptop)) {
                restarted.cut();
                Preferences preferences = preferences(restarted);
                assertThat(preferences.language()).isEqualTo(Language.ENGLISH);
                assertThat(Preferences.languageBeforeOpening(laptop)).as("the opening window's language")
                        .isEqualTo(Language.ENGLISH);
                assertThat(preferences.theme()).isEqualTo(Theme.DIM);
                assertThat(preferences.attendantName()).isEqualTo("吕佳");
                assertThat(handlingTime(restarted).get()).contains(Duration.ofHours(4));

                restarted.restore();
                assertThat(restarted.send()).isEqualTo(1);
                SettingDao server = store.dao(SettingDao.class);
                assertThat(new HandlingTime(server, () -> false).get()).contains(Duration.ofHours(4));
                assertThat(server.find("ui.language")).as("this laptop's language stays on it").isEmpty();
                assertThat(server.find("ui.attendant")).isEmpty();
                assertThat(restarted.send()).as("nothing is sent twice").isZero();
            }
        }
    }

    /** The settings as the composition root makes them on a venue server (decision 0046). */
    private Preferences preferences(H2Outage outage) {
        return new Preferences(new LaptopSettings(laptop, outage.dao(SettingDao.class)), laptop,
                outage.offline()::holding);
    }

    private static HandlingTime handlingTime(H2Outage outage) {
        return new HandlingTime(outage.dao(SettingDao.class), outage.offline()::holding);
    }
}
