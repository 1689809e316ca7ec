package org.huiwu.ui.rounds;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.ui.control.seatmap.PlanMarker;
import org.huiwu.ui.control.seatmap.SeatTile;
import org.huiwu.ui.seatplan.SeatTiles;

/**
 * What the round board shows of the board {@link RoundBoardViewModel} computed: the coloured tiles and
 * markers, the meeting's state and its line, the counts, the next seat's line and whether the seats are
 * arranged at all. It decides nothing; each tick replaces what changed. FX thread only.
 */
public final class BoardDisplay {

    private final I18n i18n;
    private final ObservableList<SeatTile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PlanMarker> markers = FXCollections.observableArrayList();
    private final StringProperty meetingText = new SimpleStringProperty(this, "meetingText", "");
    private final StringProperty countsText = new SimpleStringProperty(this, "countsText", "");
    private final StringProperty nextText = new SimpleStringProperty(this, "nextText", "");
    private final StringProperty viewpointCaption = new SimpleStringProperty(this, "viewpointCaption", "");
    private final ObjectProperty<MeetingState> meetingState = new SimpleObjectProperty<>(this, "meetingState");
    private final BooleanProperty roundOpen = new SimpleBooleanProperty(this, "roundOpen");
    private final BooleanProperty seatingMissing = new SimpleBooleanProperty(this, "seatingMissing");

    BoardDisplay(I18n i18n) {
        this.i18n = i18n;
    }

    /** A plan was loaded: its markers and the caption saying which way it is drawn. */
    void planLoaded(List<PlanMarker> planMarkers, String caption) {
        markers.setAll(planMarkers);
        viewpointCaption.set(caption);
    }

    /** No meeting is open. */
    void clear() {
        tiles.clear();
    }

    /**
     * Shows one tick: {@code coloured} tiles, and the lines of {@code board} with the open {@code round}
     * (or null) whose next seat is taken by {@code nextName} (null when the round's route is done).
     */
    void show(SeatBoard board, List<SeatTile> coloured, ServiceRound round, String nextName, String meetingLabelKey) {
        SeatTiles.replaceChanged(tiles, coloured);
        seatingMissing.set(coloured.stream().allMatch(tile -> tile.occupant().isEmpty()));
        meetingState.set(board.meeting());
        roundOpen.set(round != null);
        meetingText.set(i18n.get(meetingLabelKey));
        countsText.set(i18n.format("rounds.board.counts", board.count(SeatServiceState.SERVED),
                board.count(SeatServiceState.DUE_SOON), board.count(SeatServiceState.OVERDUE),
                board.count(SeatServiceState.NOT_SERVED), board.count(SeatServiceState.DECLINED)));
        nextText.set(round == null ? i18n.get("rounds.board.noRound") : nextName == null
                ? i18n.format("rounds.board.roundDone", round.number())
                : i18n.format("rounds.board.next", round.number(), nextName));
    }

    public ObservableList<SeatTile> tiles() { return tiles; }
    public ObservableList<PlanMarker> markers() { return markers; }
    public StringProperty meetingTextProperty() { return meetingText; }
    public StringProperty countsTextProperty() { return countsText; }
    public StringProperty nextTextProperty() { return nextText; }
    public StringProperty viewpointCaptionProperty() { return viewpointCaption; }
    public ObjectProperty<MeetingState> meetingStateProperty() { return meetingState; }
    public BooleanProperty roundOpenProperty() { return roundOpen; }
    /** True once loaded when no seat of the meeting is taken: the board says to arrange the seats first. */
    public BooleanProperty seatingMissingProperty() { return seatingMissing; }
}
