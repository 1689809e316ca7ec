package org.huiwu.ui.common;

import java.time.Clock;
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
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.persistence.FeedsChanges;

/**
 * Keeps the window's one observable meeting state ({@link OpenMeeting}) in step with what other laptops store
 * (decision 0031): every {@link LiveFeed#POLL_PERIOD} it polls the change feed through the {@link TaskRunner} (off
 * the FX thread; one poll at a time, never interrupted) — after sending the records (taps, check-ins, incidents,
 * checklist marks) queued on this laptop while the server was unreachable — and publishes the open meeting's changes — a tea record
 * makes the board read its log again, a check-in reloads the attendees, a seat step reloads the seating, a layout save its version, an incident or checklist mark bumps its
 * revision; every change of any meeting goes to the followers ({@link #follow}: the venue floor and venue
 * window). A failed poll says at once in the window's server status that the store is unreachable and how many
 * records wait on this laptop; the next good poll says live again (and how many are still being sent, and for a
 * while how many offline check-ins were not stored because another laptop had changed them first). FX thread only (its own work runs on the runner's thread).
 */
public final class LiveUpdates {

    private final LiveFeed feed;
    private final TaskRunner runner;
    private final Supplier<AppState> state;
    private final Function<UUID, List<Attendee>> attendeesOf;
    private final java.util.concurrent.Callable<Integer> sendQueued;
    private final java.util.concurrent.Callable<Integer> waiting;
    private final List<java.util.function.Consumer<List<Change>>> followers = new java.util.ArrayList<>();
    private final ServerStatusLine status;
    private final Timeline timer;
    private boolean polling;
    /** Whether a poll has reached the store since the window opened (decision 0047: it may open without it). */
    private boolean reachedOnce;
    private java.util.concurrent.Callable<Integer> keptElsewhere = () -> 0;
    private Function<UUID, java.util.Optional<SeatAssignments>> seatingOf = meeting -> java.util.Optional.empty();
    private Function<UUID, java.util.Optional<Integer>> layoutOf = meeting -> java.util.Optional.empty();

    public LiveUpdates(LiveFeed feed, TaskRunner runner, Supplier<AppState> state, Supplier<I18n> i18n,
            Function<UUID, List<Attendee>> attendeesOf, java.util.concurrent.Callable<Integer> sendQueued,
            java.util.concurrent.Callable<Integer> waiting, Clock clock) {
        this.sendQueued = sendQueued;
        this.waiting = waiting;
        this.feed = feed;
        this.runner = runner;
        this.state = state;
        this.attendeesOf = attendeesOf;
        this.status = new ServerStatusLine(state, i18n, clock);
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

    /**
     * Also hands every good poll's changes, of any meeting, to {@code follower} on the FX thread (the venue floor
     * and the venue window follow the whole venue, not only the open meeting).
     */
    public void follow(java.util.function.Consumer<List<Change>> follower) {
        followers.add(follower);
    }

    /**
     * Also asks after each send how many queued check-ins were not stored because another laptop had changed the
     * same attendee's check-in meanwhile; the status line then says so for {@link #KEPT_SHOWN} after the last one.
     */
    public void reportKeptElsewhere(java.util.concurrent.Callable<Integer> takeKeptElsewhere) {
        this.keptElsewhere = takeKeptElsewhere;
    }

    /**
     * Also reads the open meeting's seat assignments again (off the FX thread) when another laptop's seat step is
     * in the feed, and publishes them to the open meeting (its seat map and tea board follow).
     */
    public void reloadSeating(Function<UUID, java.util.Optional<SeatAssignments>> storedSeating) {
        this.seatingOf = storedSeating;
    }

    /**
     * Also reads the version of the open meeting's plan layout (off the FX thread) when a layout save is in the
     * feed, and publishes it to the open meeting (the seating screen and the tea board read the layout again).
     */
    public void reloadLayout(Function<UUID, java.util.Optional<Integer>> storedLayoutVersion) {
        this.layoutOf = storedLayoutVersion;
    }

    /** How long the status line names the check-ins another laptop's change overruled after the last one. */
    public static final java.time.Duration KEPT_SHOWN = ServerStatusLine.KEPT_SHOWN;

    /** Polls once now unless a poll is still running (the timer calls it; tests too). */
    public void poll() {
        if (polling) {
            return;
        }
        polling = true;
        runner.run(this::pollInBackground, polled -> {
            polling = false;
            if (!polled.reached()) {
                status.unreachable(polled.waiting());
                return;
            }
            List<Change> changes = !reachedOnce && status.lost() ? everythingOfTheOpenMeeting(polled.changes())
                    : polled.changes();
            reachedOnce = true;
            status.kept(polled.kept());
            status.reachable(polled.waiting());
            publish(changes);
            if (polled.sent() > 0 && state.get().currentMeeting() != null) {
                state.get().openMeeting().serviceStoredElsewhere(state.get().currentMeeting().id());
            }
            if (polled.kept() > 0 && state.get().currentMeeting() != null) {
                state.get().openMeeting().queuedRefused(state.get().currentMeeting().id());
            }
            if (!changes.isEmpty()) {
                List.copyOf(followers).forEach(follower -> follower.accept(changes));
            }
        }, failure -> {
            polling = false;
            status.unreachable(0);
        });
    }

    /**
     * The first good poll of a window that opened without the store (decision 0047): what it shows was read before
     * the restart, and the feed starts at its end, so every kind of record is taken as changed, of the open meeting
     * and, for the followers, of the venue.
     */
    private List<Change> everythingOfTheOpenMeeting(List<Change> polled) {
        UUID open = state.get().currentMeeting() == null ? new UUID(0, 0) : state.get().currentMeeting().id();
        List<Change> all = new java.util.ArrayList<>(polled);
        LiveFeed.EVERY_KIND.forEach(kind -> all.add(new Change(0, open, kind, null)));
        return all;
    }

    /** What one poll brought: records sent from the outbox, the feed's changes, what still waits, whether it reached the store. */
    private record Polled(int sent, int kept, List<Change> changes, int waiting, boolean reached) {
    }

    /** The poll's work on the runner's thread: the outbox first (in order), then the feed; the waiting count always. */
    private Polled pollInBackground() throws Exception {
        try {
            int sent = sendQueued.call();
            int kept = keptElsewhere.call();
            List<Change> changes = feed.poll();
            return new Polled(sent, kept, changes, waiting.call(), true);
        } catch (RuntimeException e) {
            return new Polled(0, keptElsewhere.call(), List.of(), waiting.call(), false);
        }
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
        if (kinds.contains(FeedsChanges.SEATING)) {
            runner.run(() -> seatingOf.apply(open), stored -> stored.ifPresent(s -> meeting.seatingStored(open, s)),
                    failure -> status.unreachable(0));
        }
        if (kinds.contains(FeedsChanges.SEAT_LAYOUT)) {
            runner.run(() -> layoutOf.apply(open), stored -> stored.ifPresent(v -> meeting.layoutStored(open, v)),
                    failure -> status.unreachable(0));
        }
        if (kinds.contains(FeedsChanges.CHECK_IN)) {
            runner.run(() -> attendeesOf.apply(open), stored -> meeting.attendeesStored(open, stored),
                    failure -> status.unreachable(0));
        }
    }
}
