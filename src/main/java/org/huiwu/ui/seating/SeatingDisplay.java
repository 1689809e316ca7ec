package org.huiwu.ui.seating;

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
import org.huiwu.logic.seating.PlanMarks;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingHistory;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.control.seatmap.PlanMarker;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.PlanMarkers;
import org.huiwu.ui.seatplan.SeatTiles;
import org.huiwu.ui.seatplan.SeatingLabels;

/**
 * What the seating screen shows, derived from its state: the tiles and markers of the map, the unseated list, the
 * counts and captions and whether undo and redo are possible; {@link SeatingViewModel} keeps the state and renders
 * it here after every change. FX thread only.
 */
abstract class SeatingDisplay {

    final ObservableList<SeatTile> tiles = FXCollections.observableArrayList();
    final ObservableList<PlanMarker> markers = FXCollections.observableArrayList();
    final ObservableList<Attendee> unseated = FXCollections.observableArrayList();
    final ObjectProperty<SeatPlan> plan = new SimpleObjectProperty<>(this, "plan");
    final StringProperty searchText = new SimpleStringProperty(this, "search", "");
    final StringProperty counts = new SimpleStringProperty(this, "counts", "");
    final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    final StringProperty changes = new SimpleStringProperty(this, "changes", "");
    final StringProperty viewpointCaption = new SimpleStringProperty(this, "viewpointCaption", "");
    final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    final ObjectProperty<String> selectedSeat = new SimpleObjectProperty<>(this, "selectedSeat");
    private final SeatingPlanner planner;
    private final AppState state;
    private final I18n i18n;
    private final PlanMarks marks = new PlanMarks();

    SeatingDisplay(SeatingPlanner planner, AppState state, I18n i18n) {
        this.planner = planner;
        this.state = state;
        this.i18n = i18n;
    }

    /** Redraws tiles, markers, lists and counts from the screen's state. */
    void render(List<PlannedSeat> seats, SeatingHistory history, List<Attendee> attendees, Map<UUID, Attendee> people,
            Map<String, UUID> printed, Set<String> hits) {
        SeatPlan current = plan.get();
        Viewpoint viewpoint = current == null ? Viewpoint.AUDIENCE : current.viewpoint();
        Map<String, String> badges = SeatingTexts.badges(i18n, current == null ? Set.of()
                : marks.presiderSeats(current, seats, history.current(), attendees),
                seats.stream().filter(PlannedSeat::interpreter).map(PlannedSeat::key)
                        .collect(java.util.stream.Collectors.toSet()),
                state.openMeeting().speakersProperty().get(), history.current());
        SeatTiles.replaceChanged(tiles, SeatTiles.tiles(seats, history.current(), people, hits, viewpoint, badges));
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
}
