package org.huiwu.ui.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;

/**
 * The window's server status as the live poll leaves it (decision 0031, amended): offline since when and how many
 * records wait on this laptop, or live (and how many are still being sent), and for {@link #KEPT_SHOWN} after the
 * last one how many offline changes were not stored as made because another laptop's were kept. Owned by
 * {@link LiveUpdates}; FX thread only.
 */
final class ServerStatusLine {

    /** How long the status line names the changes another laptop's overruled after the last one. */
    static final Duration KEPT_SHOWN = Duration.ofMinutes(2);
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Supplier<AppState> state;
    private final Supplier<I18n> i18n;
    private final Clock clock;
    private LocalTime lostSince;
    private int keptCount;
    private Instant keptUntil = Instant.MIN;

    ServerStatusLine(Supplier<AppState> state, Supplier<I18n> i18n, Clock clock) {
        this.state = state;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Whether the last poll failed (offline since {@link #unreachable}). */
    boolean lost() {
        return lostSince != null;
    }

    /** Notes {@code count} more offline changes kept as another laptop left them. */
    void kept(int count) {
        if (count > 0) {
            keptCount += count;
            keptUntil = clock.instant().plus(KEPT_SHOWN);
        }
    }

    void reachable(int waitingNow) {
        lostSince = null;
        String status = waitingNow > 0 ? i18n.get().format("live.status.liveWaiting", waitingNow)
                : i18n.get().get("live.status.live");
        if (keptCount > 0 && clock.instant().isBefore(keptUntil)) {
            status = i18n.get().format("live.status.checkInsKept", status, keptCount);
        } else {
            keptCount = 0;
        }
        state.get().serverStatusProperty().set(status);
    }

    void unreachable(int waitingNow) {
        if (lostSince == null) {
            lostSince = LocalTime.now(clock);
        }
        state.get().serverStatusProperty().set(waitingNow > 0
                ? i18n.get().format("live.status.lostWaiting", SINCE.format(lostSince), waitingNow)
                : i18n.get().format("live.status.lost", SINCE.format(lostSince)));
    }
}
