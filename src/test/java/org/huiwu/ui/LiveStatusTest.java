package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.common.LiveUpdates;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The server status the live poll writes (decision 0031, amended): a poll whose sending fails says at once that
 * the laptop is offline and how many records wait on it; the next good poll says live while the queue drains and
 * plain live once it is empty; check-ins the sender kept as another laptop set them are named for a while. The outbox is stood in for by two callables (the PostgreSQL path of the real one is
 * {@code OutboxOutageTest}); the feed is a real H2 store's.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LiveStatusTest {

    @TempDir
    Path dataDir;

    private AppContext context;

    @Start
    void start(Stage primary) {
        context = AppContext.open(dataDir, new MovableClock(Instant.parse("2026-11-27T02:00:00Z"),
                ZoneId.of("Asia/Shanghai")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void saysOfflineWithWhatWaitsAtOnceAndLiveWhenSent(FxRobot robot) {
        AppState state = new AppState();
        AtomicBoolean cut = new AtomicBoolean(true);
        AtomicInteger waiting = new AtomicInteger(3);
        LiveUpdates live = new LiveUpdates(context.liveFeed(), new FxTaskRunner(context.databaseWorker()),
                () -> state, () -> new I18n(Locale.SIMPLIFIED_CHINESE), meeting -> List.of(), () -> {
                    if (cut.get()) {
                        throw new IllegalStateException("server unreachable");
                    }
                    int sent = Math.min(2, waiting.get());
                    waiting.addAndGet(-sent);
                    return sent;
                }, waiting::get, context.clock());

        robot.interact(live::poll);
        waitUntil(() -> state.serverStatusProperty().get() != null
                && state.serverStatusProperty().get().contains("3 条待发送"));
        assertThat(state.serverStatusProperty().get()).isEqualTo("离线（10:00:00起），本机 3 条待发送");

        cut.set(false);
        robot.interact(live::poll);
        waitUntil(() -> state.serverStatusProperty().get().contains("正在发送"));
        assertThat(state.serverStatusProperty().get()).isEqualTo("实时同步，正在发送本机 1 条待发送记录");
        robot.interact(live::poll);
        waitUntil(() -> "实时同步".equals(state.serverStatusProperty().get()));
    }

    @Test
    void saysForAWhileThatOfflineCheckInsWereKeptAsAnotherLaptopSetThem(FxRobot robot) {
        AppState state = new AppState();
        MovableClock clock = (MovableClock) context.clock();
        AtomicInteger kept = new AtomicInteger(1);
        LiveUpdates live = new LiveUpdates(context.liveFeed(), new FxTaskRunner(context.databaseWorker()),
                () -> state, () -> new I18n(Locale.ENGLISH), meeting -> List.of(), () -> 1, () -> 0, clock);
        live.reportKeptElsewhere(() -> kept.getAndSet(0));

        robot.interact(live::poll);
        waitUntil(() -> state.serverStatusProperty().get() != null);
        assertThat(state.serverStatusProperty().get()).isEqualTo("Live; 1 offline change was not stored as made "
                + "(another laptop's kept)");
        robot.interact(() -> {
            state.serverStatusProperty().set(null);
            live.poll();
        });
        waitUntil(() -> state.serverStatusProperty().get() != null);
        assertThat(state.serverStatusProperty().get()).as("still said on the next poll").startsWith("Live; 1 ");

        clock.advance(LiveUpdates.KEPT_SHOWN);
        robot.interact(live::poll);
        waitUntil(() -> "Live".equals(state.serverStatusProperty().get()));
    }

    @Test
    void theFirstGoodPollOfAWindowOpenedWithoutTheServerReadsTheOpenMeetingAgain(FxRobot robot) {
        context.sampleMeeting().ensure();
        AppState state = new AppState();
        org.huiwu.model.Meeting sample = context.meetings().find(org.huiwu.logic.sample.SampleMeeting.ID).orElseThrow();
        robot.interact(() -> state.currentMeetingProperty().set(sample));
        AtomicBoolean cut = new AtomicBoolean(true);
        List<List<org.huiwu.model.live.Change>> followed = new java.util.ArrayList<>();
        LiveUpdates live = new LiveUpdates(context.liveFeed(), new FxTaskRunner(context.databaseWorker()),
                () -> state, () -> new I18n(Locale.ENGLISH), meeting -> List.of(), () -> {
                    if (cut.get()) {
                        throw new IllegalStateException("server unreachable");
                    }
                    return 0;
                }, () -> 0, context.clock());
        live.follow(followed::add);
        int incidents = state.openMeeting().incidentRevisionProperty().get();
        int tea = state.openMeeting().serviceRevisionProperty().get();

        robot.interact(live::poll);
        waitUntil(() -> state.serverStatusProperty().get() != null);
        cut.set(false);
        robot.interact(live::poll);
        waitUntil(() -> "Live".equals(state.serverStatusProperty().get()));

        assertThat(state.openMeeting().incidentRevisionProperty().get()).as("incidents read again").isGreaterThan(incidents);
        assertThat(state.openMeeting().serviceRevisionProperty().get()).as("tea log read again").isGreaterThan(tea);
        assertThat(followed).singleElement().satisfies(changes -> assertThat(changes).extracting(
                org.huiwu.model.live.Change::kind).contains("MEETING", "SERVICE"));

        int after = state.openMeeting().incidentRevisionProperty().get();
        robot.interact(() -> state.serverStatusProperty().set(null));
        robot.interact(live::poll);
        waitUntil(() -> state.serverStatusProperty().get() != null);
        assertThat(state.openMeeting().incidentRevisionProperty().get()).as("only the first good poll").isEqualTo(after);
    }
}
