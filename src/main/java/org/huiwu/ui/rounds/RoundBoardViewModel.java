package org.huiwu.ui.rounds;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.logic.staff.BoardZone;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.seatplan.SeatingLabels;

/**
 * The tea-service round board of the current meeting: owns the loaded snapshot, the board computed from
 * the clock, the open round and the chosen zone. {@link #tick()} recomputes the board ({@link #pulse()},
 * which the view calls every second, ticks it and retries unstored taps). Its parts: {@link BoardSeating}
 * (who sits where), {@link BoardZones} (the zone shown), {@link RouteAhead} (the next seat),
 * {@link PendingTaps} (a tap shows as served at once and is written until stored), {@link BoardFollowing}
 * (changes stored elsewhere), {@link PourUndo}, {@link OverdueAlarm} and {@link BoardDisplay} (what the
 * view shows). The writes are in
 * {@link RoundCommands}, which sees the board through {@link BoardReactions}. FX thread only.
 */
public final class RoundBoardViewModel {

    private final RoundServices services;
    private final AppState state;
    private final TaskRunner runner;
    private final I18n i18n;

    private final BoardZones zones = new BoardZones();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BoardDisplay display;
    private final BoardSeating seating = new BoardSeating();
    private final OverdueAlarm alarm = new OverdueAlarm();
    private final PourUndo pours;
    private final PendingTaps taps;
    private final RouteAhead route;
    private final BoardReactions access;
    private UUID loadedMeeting;
    private BoardSnapshot snapshot;
    private SeatBoard board;
    private ServiceRound round;
    private String nextSeat;

    public RoundBoardViewModel(RoundServices services, AppState state, TaskRunner runner, I18n i18n) {
        this.services = services;
        this.state = state;
        this.runner = runner;
        this.i18n = i18n;
        this.display = new BoardDisplay(i18n);
        this.pours = new PourUndo(i18n, seating::nameOrSeat);
        this.taps = new PendingTaps(runner, services, this::tapStored, this::tapFailed);
        this.route = new RouteAhead(services.routeOrder(), taps);
        this.access = new BoardReactions(this, state, i18n, pours);
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                load();
            }
        });
        zones.chosenProperty().addListener((obs, old, chosen) -> tick());
        new BoardFollowing(services, runner, seating, new BoardFollowing.Board() {
            @Override public BoardSnapshot snapshot() { return snapshot; }
            @Override public UUID loadedMeeting() { return loadedMeeting; }
            @Override public void load() { RoundBoardViewModel.this.load(); }
            @Override
            public void replace(BoardSnapshot changed) {
                snapshot = changed;
                tick();
            }
        }, problem::set).follow(state.openMeeting());
    }

    /** Loads the board of the current meeting in the background. */
    public void load() {
        Meeting meeting = state.currentMeeting();
        BoardSnapshot shown = meeting != null && meeting.id().equals(loadedMeeting) ? snapshot : null;
        if (meeting == null || !meeting.id().equals(loadedMeeting)) {
            pours.clear();
            loadedMeeting = meeting == null ? null : meeting.id();
        }
        if (meeting == null) {
            snapshot = null;
            display.clear();
            return;
        }
        UUID meetingId = meeting.id();
        var homeZone = zones.homeZone(meetingId);
        runner.run(() -> BoardLoad.read(services, i18n, meetingId, homeZone, shown), loaded -> {
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId)) {
                apply(loaded);
            }
        }, failure -> problem.set(failure instanceof org.huiwu.logic.rounds.ServiceRejectedException rejected
                ? i18n.format(rejected.problem().messageKey(), rejected.arguments().toArray())
                : services.failures().describe(failure)));
    }

    /**
     * Opens each meeting's board on the zone of the attendant named by {@code name} (read on the FX thread), as
     * {@code rule} gives it from the meeting's staffing; without this the board opens on all zones.
     */
    public void openOnOwnZone(BoardZone rule, Supplier<String> name) {
        zones.openOnOwnZone(rule, name);
    }

    private void apply(BoardLoad loaded) {
        snapshot = loaded.snapshot();
        seating.loaded(loaded);
        display.planLoaded(loaded.markers(), SeatingLabels.viewpoint(i18n, loaded.seatPlan()));
        round = snapshot.history().rounds().stream().filter(r -> r.closedAt() == null).reduce((a, b) -> b).orElse(null);
        zones.loaded(snapshot, round, state.currentMeeting().id(), loaded.homeZone());
        tick();
        state.openMeeting().speakersStored(state.currentMeeting().id(), snapshot.time().speakersAt(board.at()));
    }

    /** Recomputes every seat from the clock: states, badges, the next seat and the counts. */
    public void tick() {
        if (snapshot == null) {
            return;
        }
        board = services.roundBoard().now(snapshot);
        nextSeat = route.next(board, snapshot, round);
        display.show(board, BoardTiles.colour(seating.tiles(), board, nextSeat, taps.seats()), round,
                nextSeat == null ? null : seating.nameAt(nextSeat), services.roundLabels().of(board.meeting()));
        alarm.look(board);
    }

    /** An editor for the current service plan, or null before the board has loaded. */
    public ServicePlanEditorViewModel planEditor() {
        return snapshot == null || seating.seatPlan() == null ? null
                : new ServicePlanEditorViewModel(snapshot.plan(), seating.seatPlan().blocks(), snapshot.seats());
    }

    /** Applies a stored event to the snapshot without reloading. */
    void stored(ServiceEvent event) {
        if (event.kind().isPour()) {
            pours.poured(event.seatKey());
        }
        snapshot = snapshot.with(event);
        taps.stored(event.seatKey());
        tick();
    }

    /** The view's one-second pulse: recomputes the board, and every fifth pulse retries the taps not yet stored. */
    public void pulse() {
        tick();
        taps.pulse();
    }

    /** Writes every tap whose write failed again (a write still under way is left to finish). */
    public void retryPending() {
        taps.retry();
    }

    /** The taps shown as served whose write has not been stored yet, by seat. */
    Map<String, SeatVisit> pending() {
        return taps.visits();
    }

    private void tapStored(SeatVisit visit, ServiceEvent event) {
        problem.set("");
        stored(event);
        state.openMeeting().serviceStored(visit.meetingId());
    }

    private void tapFailed(Throwable failure) {
        problem.set(i18n.format("rounds.board.notStored", taps.size(), services.failures().describe(failure)));
    }

    /** A tap: shown as served at once, stored in the background and retried until it is. */
    void tapped(SeatVisit visit) {
        taps.tap(visit);
        tick();
    }

    void roundChanged(ServiceRound now) {
        round = now;
    }

    RoundBoardAccess access() { return access; }
    RoundServices services() { return services; }
    TaskRunner runner() { return runner; }
    I18n i18n() { return i18n; }
    ServiceRound openRound() { return round; }
    int unservedOnRoute() { return route.unserved(board, snapshot, round); }
    List<PlannedSeat> plannedSeats() { return snapshot == null ? List.of() : snapshot.seats(); }
    String nameAt(String seatKey) { return seating.nameAt(seatKey); }
    String nameOrSeat(String seatKey) { return seating.nameOrSeat(seatKey); }

    /** What the board shows: tiles, markers, the meeting's state and the lines above the map. */
    public BoardDisplay display() { return display; }
    public ObservableList<ServiceZone> zones() { return zones.zones(); }
    public ObjectProperty<ServiceZone> zoneProperty() { return zones.chosenProperty(); }
    public StringProperty problemProperty() { return problem; }
    public Meeting meeting() { return state.currentMeeting(); }
    /** The board as of the last tick, or null before it has loaded. */
    public SeatBoard board() { return board; }
    /** The next seat of the open round's route, or null. */
    public String nextSeat() { return nextSeat; }
    public BooleanProperty soundOnProperty() { return alarm.soundOnProperty(); }
    public ReadOnlyStringProperty undoPourTextProperty() { return pours.textProperty(); }
    /** Goes up by one each time a seat turns overdue while the sound is on; the view plays a soft tone. */
    public ReadOnlyIntegerProperty overdueAlertsProperty() { return alarm.alertsProperty(); }
    /** The people on the open meeting's staffing table, offered as the blocks' attendants. */
    public ObservableList<String> staffedNames() { return state.openMeeting().staffedNames(); }
}
