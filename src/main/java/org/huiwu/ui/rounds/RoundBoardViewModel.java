package org.huiwu.ui.rounds;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatService;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.SeatVisit;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.control.seatmap.PlanMarker;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.SeatingLabels;
import org.huiwu.ui.seatplan.PlanMarkers;
import org.huiwu.ui.seatplan.SeatTiles;

/**
 * The tea-service round board of the current meeting: the seat map coloured by service state, the
 * meeting's own state, the chosen zone with its route and next seat, and the counts. {@link #tick()}
 * recomputes the board from the clock ({@link #pulse()}, which the view calls every second, ticks it and
 * retries unstored taps); the writes are in {@link RoundCommands}, which sees the board only through
 * {@link RoundBoardAccess}. A tap shows as served at once; its write runs in the background and is
 * retried until it is stored. FX thread only.
 */
public final class RoundBoardViewModel implements RoundBoardAccess {

    private final RoundServices services;
    private final AppState state;
    private final TaskRunner runner;
    private final I18n i18n;

    private final ObservableList<SeatTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PlanMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<ServiceZone> zones = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceZone> zone = new SimpleObjectProperty<>(this, "zone");
    private final StringProperty meetingText = new SimpleStringProperty(this, "meetingText", "");
    private final StringProperty countsText = new SimpleStringProperty(this, "countsText", "");
    private final StringProperty nextText = new SimpleStringProperty(this, "nextText", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty viewpointCaption = new SimpleStringProperty(this, "viewpointCaption", "");
    private final ObjectProperty<MeetingState> meetingState = new SimpleObjectProperty<>(this, "meetingState");
    private final BooleanProperty roundOpen = new SimpleBooleanProperty(this, "roundOpen");
    private final BooleanProperty seatingMissing = new SimpleBooleanProperty(this, "seatingMissing");
    private final BooleanProperty soundOn = new SimpleBooleanProperty(this, "soundOn", false);
    /** What the undo in the status area would take back ("撤销 李文华 的续水"), empty when nothing. */
    private final StringProperty undoPourText = new SimpleStringProperty(this, "undoPourText", "");
    /** Seats of the pours stored from this board since the meeting was opened, the latest last. */
    private final java.util.Deque<String> pouredHere = new java.util.ArrayDeque<>();
    private UUID loadedMeeting;
    private final javafx.beans.property.IntegerProperty overdueAlerts =
            new javafx.beans.property.SimpleIntegerProperty(this, "overdueAlerts");
    private java.util.Set<String> overdueSeats = java.util.Set.of();

    private BoardSnapshot snapshot;
    private SeatBoard board;
    private ServiceRound round;
    private String nextSeat;
    private Map<UUID, org.huiwu.model.Attendee> people = Map.of();
    private final Map<String, SeatVisit> tappedNotYetStored = new LinkedHashMap<>();
    private final Set<String> failedTaps = new java.util.HashSet<>();
    private int pulses;
    private List<SeatTile> seatingTiles = List.of();
    private SeatPlan seatPlan;
    private org.huiwu.model.seating.SeatAssignments assignments;
    private org.huiwu.logic.staff.BoardZone ownZone;
    private java.util.function.Supplier<String> attendant = () -> "";
    private UUID zonedMeeting;

    public RoundBoardViewModel(RoundServices services, AppState state, TaskRunner runner, I18n i18n) {
        this.services = services;
        this.state = state;
        this.runner = runner;
        this.i18n = i18n;
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
                Map<UUID, org.huiwu.model.Attendee> byId = new HashMap<>();
                stored.forEach(a -> byId.put(a.id(), a));
                reseat(assignments, byId);
            }
        });
    }

    /**
     * Shows a seating or check-in change another screen stored, at once and without reading the
     * database: the snapshot is re-indexed for the new occupants, so the route and the next seat follow.
     */
    private void reseat(org.huiwu.model.seating.SeatAssignments stored, Map<UUID, org.huiwu.model.Attendee> byId) {
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
            pouredHere.clear();
            showUndo();
            loadedMeeting = meeting == null ? null : meeting.id();
        }
        if (meeting == null) {
            snapshot = null;
            tiles.clear();
            return;
        }
        UUID meetingId = meeting.id();
        String name = attendant.get();
        runner.run(() -> read(meetingId, name), loaded -> {
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

    private BoardLoad read(UUID meetingId, String name) {
        BoardSnapshot loaded = services.roundBoard().load(meetingId);
        UUID home = ownZone == null ? ServiceZone.EVERYONE : ownZone.zoneFor(meetingId, name, loaded.plan().zones());
        SeatPlan plan = services.seatPlans().planOf(meetingId);
        Map<UUID, org.huiwu.model.Attendee> byId = new HashMap<>();
        services.roster().list(meetingId).forEach(a -> byId.put(a.id(), a));
        var assignments = services.seatPlans().assignments(plan.id());
        return new BoardLoad(loaded, plan, assignments,
                SeatTiles.tiles(loaded.seats(), assignments, byId, Set.of(), plan.viewpoint()),
                PlanMarkers.markers(loaded.seats(), plan.door(), plan.viewpoint(), i18n), byId, home);
    }

    private void apply(BoardLoad loaded) {
        snapshot = loaded.snapshot();
        seatPlan = loaded.seatPlan();
        assignments = loaded.assignments();
        seatingTiles = loaded.seatingTiles();
        people = loaded.people();
        markers.setAll(loaded.markers());
        viewpointCaption.set(SeatingLabels.viewpoint(i18n, loaded.seatPlan()));
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
        List<ServiceZone> all = new java.util.ArrayList<>();
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
        if (nextSeat != null && tappedNotYetStored.containsKey(nextSeat)) {
            nextSeat = route.route(board, snapshot.plan(), round.zoneId()).stream().map(SeatService::seatKey)
                    .filter(key -> !tappedNotYetStored.containsKey(key)).findFirst().orElse(null);
        }
        List<SeatTile> next = BoardTiles.colour(seatingTiles, board, nextSeat, tappedNotYetStored.keySet());
        if (next.size() == tiles.size()) {
            for (int i = 0; i < next.size(); i++) {
                if (!next.get(i).equals(tiles.get(i))) {
                    tiles.set(i, next.get(i));
                }
            }
        } else {
            tiles.setAll(next);
        }
        seatingMissing.set(next.stream().allMatch(tile -> tile.occupant().isEmpty()));
        noteNewlyOverdue();
        meetingState.set(board.meeting());
        roundOpen.set(round != null);
        meetingText.set(i18n.get(services.roundLabels().of(board.meeting())));
        countsText.set(i18n.format("rounds.board.counts", board.count(SeatServiceState.SERVED),
                board.count(SeatServiceState.DUE_SOON), board.count(SeatServiceState.OVERDUE),
                board.count(SeatServiceState.NOT_SERVED), board.count(SeatServiceState.DECLINED)));
        nextText.set(round == null ? i18n.get("rounds.board.noRound") : nextSeat == null
                ? i18n.format("rounds.board.roundDone", round.number())
                : i18n.format("rounds.board.next", round.number(), nameAt(nextSeat)));
    }

    /** Counts an alert when a seat turns overdue and the soft sound is switched on (it is off by default). */
    private void noteNewlyOverdue() {
        java.util.Set<String> now = new java.util.HashSet<>();
        board.seats().stream().filter(seat -> seat.state() == SeatServiceState.OVERDUE)
                .forEach(seat -> now.add(seat.seatKey()));
        boolean anyNew = now.stream().anyMatch(key -> !overdueSeats.contains(key));
        overdueSeats = now;
        if (anyNew && soundOn.get()) {
            overdueAlerts.set(overdueAlerts.get() + 1);
        }
    }

    /** How many seats of the open round's route are neither served nor skipped yet (0 without a round). */
    @Override
    public int unservedOnRoute() {
        if (round == null || board == null) {
            return 0;
        }
        var progress = org.huiwu.logic.rounds.RoundProgress.of(round, snapshot.history().events());
        return (int) services.routeOrder().route(board, snapshot.plan(), round.zoneId()).stream()
                .filter(seat -> !progress.handled(seat.seatKey()) && !tappedNotYetStored.containsKey(seat.seatKey()))
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
            pouredHere.addLast(event.seatKey());
            showUndo();
        }
        snapshot = snapshot.with(event);
        tappedNotYetStored.remove(event.seatKey());
        tick();
    }

    /** The view's one-second pulse: recomputes the board, and every fifth pulse retries the taps not yet stored. */
    public void pulse() {
        tick();
        if (++pulses % 5 == 0) {
            retryPending();
        }
    }

    /** Writes every tap whose write failed again (a write still under way is left to finish). */
    public void retryPending() {
        List<SeatVisit> again = tappedNotYetStored.entrySet().stream().filter(e -> failedTaps.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        failedTaps.clear();
        again.forEach(this::store);
    }

    /** The taps shown as served whose write has not been stored yet, by seat. */
    Map<String, SeatVisit> pending() {
        return Map.copyOf(tappedNotYetStored);
    }

    private void store(SeatVisit visit) {
        runner.run(() -> services.serviceLog().markServed(visit), event -> {
            problem.set("");
            stored(event);
            state.openMeeting().serviceStored(visit.meetingId());
        }, failure -> {
            failedTaps.add(visit.seatKey());
            problem.set(i18n.format("rounds.board.notStored", tappedNotYetStored.size(),
                    services.failures().describe(failure)));
        });
    }

    @Override
    public void tapped(SeatVisit visit) {
        tappedNotYetStored.put(visit.seatKey(), visit);
        tick();
        store(visit);
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
    public List<org.huiwu.model.seating.PlannedSeat> plannedSeats() {
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

    public ObservableList<SeatTile> tiles() { return tiles; }
    public ObservableList<PlanMarker> markers() { return markers; }
    public ObservableList<ServiceZone> zones() { return zones; }
    public ObjectProperty<ServiceZone> zoneProperty() { return zone; }
    public StringProperty meetingTextProperty() { return meetingText; }
    public StringProperty countsTextProperty() { return countsText; }
    public StringProperty nextTextProperty() { return nextText; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty viewpointCaptionProperty() { return viewpointCaption; }
    public ObjectProperty<MeetingState> meetingStateProperty() { return meetingState; }
    public BooleanProperty roundOpenProperty() { return roundOpen; }
    /** True once loaded when no seat of the meeting is taken: the board says to arrange the seats first. */
    public BooleanProperty seatingMissingProperty() { return seatingMissing; }
    @Override
    public String nextSeat() { return nextSeat; }
    public BooleanProperty soundOnProperty() { return soundOn; }
    public StringProperty undoPourTextProperty() { return undoPourText; }

    @Override
    public String takeLastPour() {
        String seat = pouredHere.pollLast();
        showUndo();
        return seat;
    }

    @Override
    public void pourKept(String seatKey) {
        pouredHere.addLast(seatKey);
        showUndo();
    }

    @Override
    public void pourUndone(UUID meetingId, String name) {
        state.statusProperty().set(i18n.format("rounds.board.pourUndone", name));
        state.openMeeting().serviceStored(meetingId);
        load();
    }

    /** Shows what the undo would take back: the latest pour stored from this board, if any. */
    private void showUndo() {
        String seat = pouredHere.peekLast();
        undoPourText.set(seat == null ? "" : i18n.format("rounds.board.undoPour", nameOrSeat(seat)));
    }

    @Override
    public String nameOrSeat(String seatKey) {
        String name = nameAt(seatKey);
        return name.isEmpty() ? seatKey : name;
    }
    /** Goes up by one each time a seat turns overdue while the sound is on; the view plays a soft tone. */
    public javafx.beans.property.ReadOnlyIntegerProperty overdueAlertsProperty() { return overdueAlerts; }
    @Override
    public SeatBoard board() { return board; }

    /** The people on the open meeting's staffing table, offered as the blocks' attendants. */
    public javafx.collections.ObservableList<String> staffedNames() {
        return state.openMeeting().staffedNames();
    }
}
