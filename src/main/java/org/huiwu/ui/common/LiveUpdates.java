package org.huiwu.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.live.LiveFeed;
import org.huiwu.model.Attendee;
import org.huiwu.model.live.Change;
import org.huiwu.persistence.FeedsChanges;

/**
 * Keeps the window's one observable meeting state ({@link OpenMeeting}) in step with what other laptops store
 * (decision 0031): every {@link LiveFeed#POLL_PERIOD} it polls the change feed through the {@link TaskRunner} (off
 * the FX thread; one poll at a time, never interrupted) — after sending the tea taps queued on this laptop while
 * the server was unreachable — and publishes the open meeting's changes — a tea record
 * makes the board read its log again, a check-in reloads the attendees, an incident or checklist mark bumps its
 * revision. A failed poll says at once in the window's server status that the store is unreachable; the next
 * good poll says live again. FX thread only (its own work runs on the runner's thread).
 */
public final class LiveUpdates {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LiveFeed feed;
    private final TaskRunner runner;
    private final Supplier<AppState> state;
    private final Supplier<I18n> i18n;
    private final Function<UUID, List<Attendee>> attendeesOf;
    private final java.util.concurrent.Callable<Integer> sendQueued;
    private final Clock clock;
    private final Timeline timer;
    private boolean polling;
    private LocalTime lostSince;

    public LiveUpdates(LiveFeed feed, TaskRunner runner, Supplier<AppState> state, Supplier<I18n> i18n,
            Function<UUID, List<Attendee>> attendeesOf, java.util.concurrent.Callable<Integer> sendQueued, Clock clock) {
        this.sendQueued = sendQueued;
        this.feed = feed;
        this.runner = runner;
        this.state = state;
        this.i18n = i18n;
        this.attendeesOf = attendeesOf;
        this.clock = clock;
        this.timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(LiveFeed.POLL_PERIOD.toMillis()),
                event -> poll()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Starts polling. */
    public void start() {
        timer.play();
    }

    /** Stops polling (a poll under way still finishes). */
    public void stop() {
        timer.stop();
    }

    /** Polls once now unless a poll is still running (the timer calls it; tests too). */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        runner.run(() -> java.util.Map.entry(sendQueued.call(), feed.poll()), polled -> {
            polling = false;
            reachable();
            publish(polled.getValue());
            if (polled.getKey() > 0 && state.get().currentMeeting() != null) {
                state.get().openMeeting().serviceStoredElsewhere(state.get().currentMeeting().id());
            }
        }, failure -> {
            polling = false;
            unreachable();
        });
    }

    private void reachable() {
        lostSince = null;
        state.get().serverStatusProperty().set(i18n.get().get("live.status.live"));
    }

    private void unreachable() {
        if (lostSince == null) {
            lostSince = LocalTime.now(clock);
        }
        state.get().serverStatusProperty().set(i18n.get().format("live.status.lost", SINCE.format(lostSince)));
    }

    private void publish(List<Change> changes) {
        AppState now = state.get();
        if (now.currentMeeting() == null || changes.isEmpty()) {
            return;
        }
        UUID open = now.currentMeeting().id();
        Set<String> kinds = new LinkedHashSet<>();
        changes.stream().filter(c -> c.meetingId().equals(open)).forEach(c -> kinds.add(c.kind()));
        OpenMeeting meeting = now.openMeeting();
        if (kinds.contains(FeedsChanges.SERVICE)) {
            List<Change> tea = changes.stream().filter(c -> c.meetingId().equals(open)
                    && FeedsChanges.SERVICE.equals(c.kind())).toList();
            boolean named = tea.stream().allMatch(c -> c.recordId() != null);
            meeting.serviceStoredElsewhere(open, named
                    ? tea.stream().map(Change::recordId).collect(java.util.stream.Collectors.toSet()) : Set.of());
        }
        if (kinds.contains(FeedsChanges.INCIDENT)) {
            meeting.incidentsStored(open);
        }
        if (kinds.contains(FeedsChanges.CHECKLIST)) {
            meeting.checklistsStoredElsewhere(open);
        }
        if (kinds.contains(FeedsChanges.CHECK_IN)) {
            runner.run(() -> attendeesOf.apply(open), stored -> meeting.attendeesStored(open, stored),
                    failure -> unreachable());
        }
    }
}
