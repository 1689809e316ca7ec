package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.persistence.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A laptop takes a meeting away from the venue store for a round and brings it back through the signed bundles
 * (decision 0031): the taps it made offline arrive on the store once, however often the bundle is merged. The
 * venue store is on the run's engine ({@link TestStores}: H2, or PostgreSQL in the {@code postgresql-dao} run); the
 * laptop works on its own H2 file.
 */
@Tag("dao")
class OfflineRoundTest {

    @TempDir
    Path dir;

    @Test
    void aRoundServedOfflineComesBackOnceThroughTheBundles() {
        StoreLocation venue = TestStores.onPostgres() ? TestStores.freshServer()
                : new StoreLocation.LaptopFolder(dir.resolve("venue"));
        try (AppContext server = AppContext.open(dir.resolve("venue"), ExportFixture.CLOCK, venue, Duration.ZERO,
                () -> { }, null); AppContext laptop = ExportFixture.open(dir.resolve("laptop"))) {
            UUID meetingId = server.sampleMeeting().ensure();
            int before = server.roundBoard().history(meetingId).events().size();
            Path out = server.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("out"), ExportMonitor.none()).get(0);
            laptop.bundleMerger().merge(List.of(out), ExportMonitor.none());

            List<UUID> offline = new ArrayList<>();
            laptop.roundBoard().load(meetingId).seats().stream().limit(3).forEach(seat -> offline.add(laptop
                    .serviceLog().markServed(new SeatVisit(meetingId, seat.key(), null, "张敏")).id()));
            Path back = laptop.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("back"), ExportMonitor.none()).get(0);
            server.bundleMerger().merge(List.of(back), ExportMonitor.none());
            server.bundleMerger().merge(List.of(back), ExportMonitor.none());

            List<ServiceEvent> stored = server.roundBoard().history(meetingId).events();
            assertThat(stored).hasSize(before + 3);
            assertThat(stored).extracting(ServiceEvent::id).containsAll(offline).doesNotHaveDuplicates();
        }
    }
}
