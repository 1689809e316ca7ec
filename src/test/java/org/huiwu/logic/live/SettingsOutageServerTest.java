package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.huiwu.AppContext;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.SettingDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings changed through the app's own context during a cut of the network to the shared PostgreSQL (a
 * {@link LoopbackForwarder}; decision 0046): the language and the attendant's name are stored on the laptop while
 * the server cannot be reached, the window that opens the folder next speaks that language before the server answers,
 * and the next context has both; the complaint handling time queues and arrives once. Before 0046 the language save
 * failed as unreachable and the next start was in Chinese again. Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class SettingsOutageServerTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void settingsMadeDuringACutAreKeptOnTheLaptopAndTheVenueOneArrivesOnce() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            DatabaseServer through = OutboxOutageTest.through(server, network);
            try (AppContext context = AppContext.open(laptop, clock, through, Duration.ZERO, () -> { }, null)) {
                assertThat(context.preferences().language()).isEqualTo(Language.CHINESE);
                context.handlingTime().get();

                network.cut();
                context.preferences().setLanguage(Language.ENGLISH);
                context.preferences().setAttendantName("吕佳");
                context.handlingTime().set(6);
                assertThat(context.handlingTime().get()).contains(Duration.ofHours(6));
                assertThat(context.queuedRecords()).isEqualTo(1);
            }
            assertThat(Preferences.languageBeforeOpening(laptop)).as("while the server is still down")
                    .isEqualTo(Language.ENGLISH);

            network.restore();
            try (AppContext context = AppContext.open(laptop, clock, through, Duration.ZERO, () -> { }, null)) {
                assertThat(context.preferences().language()).isEqualTo(Language.ENGLISH);
                assertThat(context.preferences().attendantName()).isEqualTo("吕佳");
                int sent = 0;
                for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                    sent += context.sendQueuedTaps();
                }
                assertThat(sent).isEqualTo(1);
                assertThat(venue.dao(SettingDao.class).find("complaint_handling_hours")).contains("6");
                assertThat(venue.dao(SettingDao.class).find("ui.language")).as("not the venue's").isEmpty();
                assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            }
        }
    }
}
