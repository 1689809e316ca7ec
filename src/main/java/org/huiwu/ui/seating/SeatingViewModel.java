package org.huiwu.ui.seating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.PlanMarks;
import org.huiwu.logic.seating.SeatPlanRejectedException;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingHistory;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.Meeting;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.control.seatmap.PlanMarker;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.SeatingLabels;
import org.huiwu.ui.seatplan.PlanMarkers;
import org.huiwu.ui.seatplan.SeatTiles;

/**
 * The seating screen of the current meeting: the plan and its laid-out seats, who sits where with
 * undo and redo, the unseated list, search by name or pinyin initials, and the counts. Editing
 * commands live in {@link SeatingCommands}, which works on this state. FX thread only; loading and
 * every write go through the {@link TaskRunner}, in order.
 */
public final class SeatingViewModel implements SeatingAccess {

    private final SeatPlans plans;
    private final SeatingPlanner planner;
    private final AttendeeRoster roster;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FailureMessages failures;
    private final I18n i18n;

    private final ObservableList<SeatTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PlanMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<Attendee> unseated = FXCollections.observableArrayList();
    private final ObjectProperty<SeatPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final StringProperty searchText = new SimpleStringProperty(this, "search", "");
    private final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty changes = new SimpleStringProperty(this, "changes", "");
    private final StringProperty viewpointCaption = new SimpleStringProperty(this, "viewpointCaption", "");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final ObjectProperty<String> selectedSeat = new SimpleObjectProperty<>(this, "selectedSeat");

    private List<PlannedSeat> seats = List.of();
    private List<Attendee> attendees = List.of();
    private Map<UUID, Attendee> people = Map.of();
    private Map<String, UUID> printed = Map.of();
    private SeatingHistory history = new SeatingHistory(SeatAssignments.none());
    private final SeatSearch search = new SeatSearch();
    private final PlanMarks marks = new PlanMarks();
    /** Assignments this screen stored itself, so that their publication does not reset its undo history. */
    private final Set<SeatAssignments> ownSaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean planStored;

    public SeatingViewModel(SeatPlans plans, SeatingPlanner planner, AttendeeRoster roster, AppState state,
            TaskRunner runner, DialogService dialogs, FailureMessages failures, I18n i18n) {
        this.plans = plans;
        this.planner = planner;
        this.roster = roster;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.failures = failures;
        this.i18n = i18n;
        searchText.addListener((obs, old, text) -> find(text));
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                load();
            }
        });
        state.openMeeting().attendeesProperty().addListener((obs, old, stored) -> {
            if (stored != null && !stored.equals(attendees)) {
                attendeesStored(stored);
            }
        });
        state.openMeeting().assignmentsProperty().addListener((obs, old, stored) -> {
            if (stored != null && !ownSaves.remove(stored) && !stored.equals(history.current())) {
                history = new SeatingHistory(stored);
                refresh();
            }
        });
        state.openMeeting().printedCardsProperty().addListener((obs, old, stored) -> {
            if (stored != null) {
                printed = stored;
                refresh();
            }
        });
        state.openMeeting().speakersProperty().addListener((obs, old, stored) -> refresh());
    }

    /** Shows the attendees as stored (a check-in here or an edit on another screen). */
    private void attendeesStored(List<Attendee> stored) {
        attendees = stored;
        Map<UUID, Attendee> byId = new HashMap<>();
        stored.forEach(a -> byId.put(a.id(), a));
        people = byId;
        refresh();
    }

    /** Loads the current meeting's plan, seats, assignments and attendees in the background. */
    public void load() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            apply(null);
            return;
        }
        UUID meetingId = meeting.id();
        boolean foreign = meeting.foreignAffairs();
        runner.run(() -> SeatingSnapshot.read(plans, roster, i18n, meetingId, foreign), loaded -> {
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId)) {
                apply(loaded);
            }
        }, this::fail);
    }

    private void apply(SeatingSnapshot loaded) {
        plan.set(loaded == null ? null : loaded.plan());
        planStored = loaded != null && loaded.stored();
        seats = loaded == null ? List.of() : loaded.seats();
        attendees = loaded == null ? List.of() : loaded.attendees();
        Map<UUID, Attendee> byId = new HashMap<>();
        attendees.forEach(a -> byId.put(a.id(), a));
        people = byId;
        printed = loaded == null ? Map.of() : loaded.printed();
        history = new SeatingHistory(loaded == null ? SeatAssignments.none() : loaded.assignments());
        problem.set(loaded == null ? "" : loaded.layoutProblem());
        refresh();
    }

    /** Redraws tiles, markers, lists and counts from the current state. */
    void refresh() {
        SeatPlan current = plan.get();
        Viewpoint viewpoint = current == null ? Viewpoint.AUDIENCE : current.viewpoint();
        Map<String, String> badges = SeatingTexts.badges(i18n, current == null ? Set.of()
                : marks.presiderSeats(current, seats, history.current(), attendees),
                seats.stream().filter(PlannedSeat::interpreter).map(PlannedSeat::key)
                        .collect(java.util.stream.Collectors.toSet()),
                state.openMeeting().speakersProperty().get(), history.current());
        SeatTiles.replaceChanged(tiles, SeatTiles.tiles(seats, history.current(), people, search.hits(), viewpoint,
                badges));
        markers.setAll(current == null ? List.of() : PlanMarkers.markers(seats, current.door(), viewpoint, i18n,
                marks.stands(current, seats), marks.unitLabels(current, seats, history.current(), attendees)));
        unseated.setAll(planner.unseated(attendees, history.current()));
        counts.set(SeatingTexts.counts(i18n, attendees));
        changes.set(i18n.format("seating.changesSincePrint",
                SeatPlans.changedSincePrint(printed, history.current()).size()));
        viewpointCaption.set(current == null ? "" : SeatingLabels.viewpoint(i18n, current));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /** Applies a new assignment state as one undoable step and writes it in the background. */
    @Override
    public void step(SeatAssignments next) {
        history.apply(next);
        persist();
    }

    @Override
    public void undo() {
        history.undo();
        persist();
    }

    @Override
    public void redo() {
        history.redo();
        persist();
    }

    @Override
    public void checkInStored(UUID meetingId, List<Attendee> stored) {
        attendeesStored(stored);
        state.openMeeting().attendeesStored(meetingId, stored);
    }

    @Override
    public Meeting meeting() {
        return state.currentMeeting();
    }

    @Override
    public SeatPlan plan() {
        return plan.get();
    }

    @Override
    public List<Attendee> attendees() {
        return attendees;
    }

    @Override
    public void reload() {
        load();
    }

    @Override
    public void say(String status) {
        state.statusProperty().set(status);
    }

    private void persist() {
        SeatPlan current = plan.get();
        SeatAssignments toSave = history.current();
        refresh();
        if (current == null) {
            return;
        }
        ownSaves.add(toSave);
        boolean needsPlan = !planStored;
        planStored = true;
        UUID meetingId = state.currentMeeting().id();
        runner.run(() -> {
            if (needsPlan) {
                plans.save(current);
            }
            plans.saveAssignments(current.id(), toSave);
            return toSave;
        }, saved -> {
            problem.set("");
            state.openMeeting().seatingStored(meetingId, saved);
        }, failure -> {
            ownSaves.remove(toSave);
            problem.set(failures.describe(failure));
        });
    }

    /** Highlights the seats of the people whose name or pinyin initials match {@code text}. */
    void find(String text) {
        search.find(text, history.current(), people);
        refresh();
    }

    /** The first highlighted seat in honour order, if any (the view centres on it). */
    public String firstHit() {
        return search.first(seats);
    }

    @Override
    public void fail(Throwable failure) {
        dialogs.showError(i18n.get("error.title"), failures.describe(failure));
    }

    @Override
    public void whenPlanSaved(SeatPlan changed, Consumer<List<PlannedSeat>> after) {
        planStored = true;
        runner.run(() -> plans.save(changed), laidOut -> {
            plan.set(changed);
            seats = laidOut;
            problem.set("");
            after.accept(laidOut);
            refresh();
        }, failure -> problem.set(failure instanceof SeatPlanRejectedException rejected
                ? SeatingTexts.problem(i18n, rejected) : failures.describe(failure)));
    }

    public ObservableList<SeatTile> tiles() { return tiles; }
    public ObservableList<PlanMarker> markers() { return markers; }
    public ObservableList<Attendee> unseated() { return unseated; }
    public ObjectProperty<SeatPlan> planProperty() { return plan; }
    public StringProperty searchProperty() { return searchText; }
    public StringProperty countsProperty() { return counts; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty changesProperty() { return changes; }
    public StringProperty viewpointCaptionProperty() { return viewpointCaption; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public BooleanProperty canRedoProperty() { return canRedo; }
    public ObjectProperty<String> selectedSeatProperty() { return selectedSeat; }
    @Override
    public List<PlannedSeat> seats() { return seats; }
    @Override
    public SeatAssignments assignments() { return history.current(); }
    @Override
    public Attendee person(UUID id) { return people.get(id); }
    @Override
    public Map<String, UUID> printedCards() { return printed; }

    @Override
    public void cardsPrinted(UUID meetingId, Map<String, UUID> stored) {
        state.openMeeting().printedCardsStored(meetingId, stored);
    }
}
