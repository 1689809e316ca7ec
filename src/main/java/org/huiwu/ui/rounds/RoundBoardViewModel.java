package org.huiwu.ui.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.RoundProgress;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.SeatingLabels;
import org.huiwu.ui.seatplan.SeatTiles;

/**
 * The tea-service round board of the current meeting: the seat map coloured by service state, the
 * meeting's own state, the chosen zone with its route and next seat, and the counts. {@link #tick()}
 * recomputes the board from the clock ({@link #pulse()}, which the view calls every second, ticks it and
 * retries unstored taps); the writes are in {@link RoundCommands}, which sees the board only through
 * {@link RoundBoardAccess}. A tap shows as served at once; its write runs in the background and is
 * retried until it is stored ({@link PendingTaps}); the pour undo and the overdue alarm are
 * {@link PourUndo} and {@link OverdueAlarm}. FX thread only.
 */
public final class RoundBoardViewModel implements RoundBoardAccess {

    private final RoundServices services;
    private final AppState state;
    private final TaskRunner runner;
    private final I18n i18n;

    private final ObservableList<ServiceZone> zones = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceZone> zone = new SimpleObjectProperty<>(this, "zone");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BoardDisplay display;
    private final OverdueAlarm alarm = new OverdueAlarm();
    private final PourUndo pours;
    private final PendingTaps taps;
    private UUID loadedMeeting;

    private BoardSnapshot snapshot;
    private SeatBoard board;
    private ServiceRound round;
    private String nextSeat;
    private Map<UUID, Attendee> people = Map.of();
    private List<SeatTile> seatingTiles = List.of();
    private SeatPlan seatPlan;
    private SeatAssignments assignments;
    private org.huiwu.logic.staff.BoardZone ownZone;
    private java.util.function.Supplier<String> attendant = () -> "";
    private UUID zonedMeeting;

    public RoundBoardViewModel(RoundServices services, AppState state, TaskRunner runner, I18n i18n) {
        this.services = services;
        this.state = state;
        this.runner = runner;
        this.i18n = i18n;
        this.display = new BoardDisplay(i18n);
        this.pours = new PourUndo(i18n, this::nameOrSeat);
        this.taps = new PendingTaps(runner, services, this::tapStored, this::tapFailed);
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                load();
            }
        });
        zone.addListener((obs, old, chosen) -> tick());
        state.openMeeting().serviceElsewhereProperty().addListener((obs, old, now) -> followElsewhere(
                state.openMeeting().serviceRecordsElsewhere()));
        state.openMeeting().assignmentsProperty().addListener((obs, old, stored) -> {
            if (stored != null) {
                reseat(stored, people);
            }
        });
        state.openMeeting().attendeesProperty().addListener((obs, old, stored) -> {
            if (stored != null) {
                Map<UUID, Attendee> byId = new HashMap<>();
                stored.forEach(a -> byId.put(a.id(), a));
                reseat(assignments, byId);
            }
        });
    }

    /**
     * Shows a seating or check-in change another screen stored, at once and without reading the
     * database: the snapshot is re-indexed for the new occupants, so the route and the next seat follow.
     */
    private void reseat(SeatAssignments stored, Map<UUID, Attendee> byId) {
        if (snapshot == null || seatPlan == null || stored == null) {
            return;
        }
        assignments = stored;
        people = byId;
        snapshot = snapshot.withSeating(stored, byId.values());
        seatingTiles = SeatTiles.tiles(snapshot.seats(), stored, byId, Set.of(),
                seatPlan.viewpoint());
        tick();
    }

    /**
     * Shows tea records another laptop stored (decision 0031): seat events named by the change feed are read by id
     * and added to the snapshot, as this board's own taps are; anything else (a phase change, a round, a pour
     * taken back, records not named) reads the whole board again.
     */
    private void followElsewhere(Set<UUID> records) {
        if (snapshot == null || records.isEmpty()) {
            load();
            return;
        }
        UUID meetingId = loadedMeeting;
        Set<UUID> known = new java.util.HashSet<>();
        snapshot.history().events().forEach(e -> known.add(e.id()));
        Set<UUID> unknown = new java.util.HashSet<>(records);
        unknown.removeAll(known);
        if (unknown.isEmpty()) {
            return;
        }
        runner.run(() -> services.roundBoard().seatEvents(unknown), found -> {
            if (snapshot == null || meetingId == null || !meetingId.equals(loadedMeeting)) {
                return;
            }
            if (found.size() != unknown.size() || found.stream()
                    .anyMatch(e -> e.kind() == org.huiwu.model.rounds.ServiceEventKind.POUR_UNDONE)) {
                load();
                return;
            }
            for (org.huiwu.model.rounds.ServiceEvent event : found) {
                snapshot = snapshot.with(event);
            }
            tick();
        }, failure -> problem.set(services.failures().describe(failure)));
    }

    /** Loads the board of the current meeting in the background. */
    public void load() {
        Meeting meeting = state.currentMeeting();
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
        String name = attendant.get();
        runner.run(() -> BoardLoad.read(services, i18n, meetingId, loaded -> ownZone == null ? ServiceZone.EVERYONE
                : ownZone.zoneFor(meetingId, name, loaded.plan().zones())), loaded -> {
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId)) {
                apply(loaded);
            }
        }, failure -> problem.set(services.failures().describe(failure)));
    }

    /**
     * Opens each meeting's board on the zone of the attendant named by {@code name} (read on the FX thread), as
     * {@code rule} gives it from the meeting's staffing; without this the board opens on all zones.
     */
    public void openOnOwnZone(org.huiwu.logic.staff.BoardZone rule, java.util.function.Supplier<String> name) {
        this.ownZone = rule;
        this.attendant = name;
    }

    private void apply(BoardLoad loaded) {
        snapshot = loaded.snapshot();
        seatPlan = loaded.seatPlan();
        assignments = loaded.assignments();
        seatingTiles = loaded.seatingTiles();
        people = loaded.people();
        display.planLoaded(loaded.markers(), SeatingLabels.viewpoint(i18n, loaded.seatPlan()));
        round = snapshot.history().rounds().stream().filter(r -> r.closedAt() == null).reduce((a, b) -> b).orElse(null);
        ServiceZone chosen = zone.get();
        UUID meetingId = state.currentMeeting().id();
        UUID shown = round != null ? round.zoneId() : !meetingId.equals(zonedMeeting) ? loaded.homeZone()
                : chosen != null ? chosen.id() : ServiceZone.EVERYONE;
        zonedMeeting = meetingId;
        zones.setAll(zonesOf(snapshot));
        zone.set(zones.stream().filter(z -> z.id().equals(shown)).findFirst().orElse(zones.get(0)));
        tick();
        state.openMeeting().speakersStored(state.currentMeeting().id(), snapshot.time().speakersAt(board.at()));
    }

    /** The zone of everyone first (the default: it serves every seat), then the named zones. */
    private static List<ServiceZone> zonesOf(BoardSnapshot snapshot) {
        List<ServiceZone> all = new ArrayList<>();
        all.add(new ServiceZone(ServiceZone.EVERYONE, "", Set.of()));
        all.addAll(snapshot.plan().zones());
        return all;
    }

    /** Recomputes every seat from the clock: states, badges, the next seat and the counts. */
    public void tick() {
        if (snapshot == null) {
            return;
        }
        board = services.roundBoard().now(snapshot);
        RouteOrder route = services.routeOrder();
        nextSeat = round == null ? null : route.next(board, snapshot, round).map(SeatService::seatKey).orElse(null);
        if (nextSeat != null && taps.contains(nextSeat)) {
            nextSeat = route.route(board, snapshot.plan(), round.zoneId()).stream().map(SeatService::seatKey)
                    .filter(key -> !taps.contains(key)).findFirst().orElse(null);
        }
        display.show(board, BoardTiles.colour(seatingTiles, board, nextSeat, taps.seats()), round,
                nextSeat == null ? null : nameAt(nextSeat), services.roundLabels().of(board.meeting()));
        alarm.look(board);
    }

    /** How many seats of the open round's route are neither served nor skipped yet (0 without a round). */
    @Override
    public int unservedOnRoute() {
        if (round == null || board == null) {
            return 0;
        }
        var progress = RoundProgress.of(round, snapshot.history().events());
        return (int) services.routeOrder().route(board, snapshot.plan(), round.zoneId()).stream()
                .filter(seat -> !progress.handled(seat.seatKey()) && !taps.contains(seat.seatKey()))
                .count();
    }

    String nameAt(String seatKey) {
        return seatingTiles.stream().filter(t -> t.id().equals(seatKey)).map(SeatTile::occupant).findFirst().orElse("");
    }

    /** An editor for the current service plan, or null before the board has loaded. */
    public ServicePlanEditorViewModel planEditor() {
        return snapshot == null || seatPlan == null ? null
                : new ServicePlanEditorViewModel(snapshot.plan(), seatPlan.blocks(), snapshot.seats());
    }

    /** Applies a stored event to the snapshot without reloading. */
    private void stored(ServiceEvent event) {
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

    @Override
    public void tapped(SeatVisit visit) {
        taps.tap(visit);
        tick();
    }

    @Override
    public Meeting meeting() {
        return state.currentMeeting();
    }

    @Override
    public ServiceZone chosenZone() {
        return zone.get();
    }

    @Override
    public ServiceRound openRound() {
        return round;
    }

    @Override
    public List<PlannedSeat> plannedSeats() {
        return snapshot == null ? List.of() : snapshot.seats();
    }

    @Override
    public void reload() {
        load();
    }

    @Override
    public void roundStarted(ServiceRound started) {
        round = started;
        load();
    }

    @Override
    public void roundClosed(ServiceRound closed, int missed) {
        state.openMeeting().serviceStored(closed.meetingId());
        round = null;
        state.statusProperty().set(i18n.format("rounds.board.closed", closed.number(), missed));
        load();
    }

    @Override
    public void recorded(UUID meetingId, ServiceEvent event) {
        stored(event);
        state.openMeeting().serviceStored(meetingId);
    }

    @Override
    public void phaseStored(UUID meetingId) {
        load();
        state.openMeeting().serviceStored(meetingId);
    }

    @Override
    public void say(String status) {
        state.statusProperty().set(status);
    }

    RoundServices services() {
        return services;
    }

    TaskRunner runner() {
        return runner;
    }

    I18n i18n() {
        return i18n;
    }

    /** What the board shows: tiles, markers, the meeting's state and the lines above the map. */
    public BoardDisplay display() { return display; }
    public ObservableList<ServiceZone> zones() { return zones; }
    public ObjectProperty<ServiceZone> zoneProperty() { return zone; }
    public StringProperty problemProperty() { return problem; }
    @Override
    public String nextSeat() { return nextSeat; }
    public BooleanProperty soundOnProperty() { return alarm.soundOnProperty(); }
    public ReadOnlyStringProperty undoPourTextProperty() { return pours.textProperty(); }

    @Override
    public String takeLastPour() {
        return pours.takeLast();
    }

    @Override
    public void pourKept(String seatKey) {
        pours.poured(seatKey);
    }

    @Override
    public void pourUndone(UUID meetingId, String name) {
        state.statusProperty().set(i18n.format("rounds.board.pourUndone", name));
        state.openMeeting().serviceStored(meetingId);
        load();
    }

    @Override
    public String nameOrSeat(String seatKey) {
        String name = nameAt(seatKey);
        return name.isEmpty() ? seatKey : name;
    }
    /** Goes up by one each time a seat turns overdue while the sound is on; the view plays a soft tone. */
    public ReadOnlyIntegerProperty overdueAlertsProperty() { return alarm.alertsProperty(); }
    @Override
    public SeatBoard board() { return board; }

    /** The people on the open meeting's staffing table, offered as the blocks' attendants. */
    public ObservableList<String> staffedNames() {
        return state.openMeeting().staffedNames();
    }
}
