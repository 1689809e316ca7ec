package org.huiwu.ui.rounds;

import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.huiwu.i18n.I18n;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.seatmap.SeatMap;

/**
 * The tea-service round board: meeting controls and the round for a zone on top, the seat map
 * coloured by service state in the middle (tap a seat to mark it served, long-press or right-click for
 * the other records), the service summary on the right. A one-second Timeline ticks the board while it
 * is shown. Binds to {@link RoundBoardViewModel}; the map is wired by {@link RoundSeatMap}, the service plan
 * dialog is {@link ServicePlanDialog}. FX thread only.
 */
public final class RoundBoardView extends BorderPane {

    @FXML private Label meetingLabel;
    @FXML private Button startMeetingButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button endMeetingButton;
    @FXML private ComboBox<org.huiwu.model.rounds.ServiceZone> zoneBox;
    @FXML private Button startRoundButton;
    @FXML private Button closeRoundButton;
    @FXML private Button serveNextButton;
    @FXML private Label nextLabel;
    @FXML private Label countsLabel;
    @FXML private Label problemLabel;
    @FXML private Button undoPourButton;
    @FXML private javafx.scene.control.CheckBox soundBox;
    @FXML private StackPane mapHolder;
    @FXML private javafx.scene.layout.VBox noSeatingPane;

    private final RoundBoardViewModel viewModel;
    private final RoundCommands commands;
    private final I18n i18n;
    private final Runnable openRefillGuide;
    private final SeatMap seatMap = new SeatMap();
    private final Timeline ticker = new Timeline();
    private Runnable goToSeating = () -> { };
    /** Ctrl+Z (Cmd+Z on a Mac) on the board takes back the latest pour recorded from it. */
    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(
            KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    public RoundBoardView(RoundBoardViewModel viewModel, RoundCommands commands, RoundSummaryPanel summary, I18n i18n,
            Runnable openRefillGuide) {
        this.viewModel = viewModel;
        this.commands = commands;
        this.i18n = i18n;
        this.openRefillGuide = openRefillGuide;
        ViewLoader.load(this, i18n);
        setRight(scrolling(summary));
        zoneBox.setConverter(ChoiceLabels.of(zone -> zone.isEveryone() ? i18n.get("rounds.zone.everyone")
                : zone.attendant()));
    }

    /** The summary scrolls on its own when the window is too low for it, so the board keeps its height. */
    private static ScrollPane scrolling(RoundSummaryPanel summary) {
        ScrollPane side = new ScrollPane(summary);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setMinHeight(0);
        side.getStyleClass().add("round-summary-scroll");
        return side;
    }

    @FXML
    private void initialize() {
        RoundSeatMap.wire(seatMap, viewModel.display(), commands, i18n);
        mapHolder.getChildren().add(0, seatMap);
        noSeatingPane.visibleProperty().bind(viewModel.display().seatingMissingProperty());
        noSeatingPane.managedProperty().bind(viewModel.display().seatingMissingProperty());

        zoneBox.setItems(viewModel.zones());
        zoneBox.valueProperty().bindBidirectional(viewModel.zoneProperty());
        meetingLabel.textProperty().bind(viewModel.display().meetingTextProperty());
        nextLabel.textProperty().bind(viewModel.display().nextTextProperty());
        countsLabel.textProperty().bind(viewModel.display().countsTextProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        undoPourButton.textProperty().bind(viewModel.undoPourTextProperty());
        undoPourButton.visibleProperty().bind(viewModel.undoPourTextProperty().isNotEmpty());
        undoPourButton.managedProperty().bind(undoPourButton.visibleProperty());
        var state = viewModel.display().meetingStateProperty();
        startMeetingButton.disableProperty().bind(state.isNotEqualTo(MeetingState.NOT_STARTED));
        pauseButton.disableProperty().bind(state.isNotEqualTo(MeetingState.RUNNING));
        resumeButton.disableProperty().bind(state.isNotEqualTo(MeetingState.PAUSED));
        endMeetingButton.disableProperty().bind(state.isNotEqualTo(MeetingState.RUNNING)
                .and(state.isNotEqualTo(MeetingState.PAUSED)));
        startRoundButton.disableProperty().bind(viewModel.display().roundOpenProperty().or(viewModel.display().seatingMissingProperty()));
        closeRoundButton.disableProperty().bind(viewModel.display().roundOpenProperty().not());
        serveNextButton.disableProperty().bind(viewModel.display().roundOpenProperty().not());

        soundBox.selectedProperty().bindBidirectional(viewModel.soundOnProperty());
        viewModel.overdueAlertsProperty().addListener((obs, old, count) -> softTone());
        ticker.getKeyFrames().add(new KeyFrame(Duration.seconds(1), event -> onTick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> runTickerWhileShown());
        visibleProperty().addListener((obs, old, visible) -> runTickerWhileShown());
        addEventFilter(KeyEvent.KEY_PRESSED, this::enterServesTheNextSeat);
        for (Button ender : List.of(endMeetingButton, closeRoundButton, resumeButton)) {
            ender.setFocusTraversable(false);
            ender.setDefaultButton(false);
        }
    }

    /**
     * Enter serves the next seat of the open round's route whatever has focus on the board (the seat
     * map, a button, the zone box): a filter, so it runs before the focused control acts on the key. In a
     * field being typed in (a consumables count) Enter and Ctrl+Z stay the field's: they commit or undo the typing.
     */
    private void enterServesTheNextSeat(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl
                || event.getTarget() instanceof Spinner<?> spinner && spinner.isEditable()) {
            return;
        }
        if (UNDO.match(event)) {
            event.consume();
            commands.undoLastPour();
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()
                && viewModel.display().roundOpenProperty().get()) {
            event.consume();
            commands.serveNext();
        }
    }

    /** After a command that disables the button it came from, focus goes to the map, never to an ending button. */
    private void focusTheMap() {
        seatMap.requestFocus();
    }

    /** The optional soft cue for an overdue seat: the system's own alert sound, if the computer has one. */
    private static void softTone() {
        try {
            java.awt.Toolkit.getDefaultToolkit().beep();
        } catch (UnsupportedOperationException noSound) {
            org.slf4j.LoggerFactory.getLogger(RoundBoardView.class).debug("No system sound for the overdue cue", noSound);
        }
    }

    private void onTick() {
        viewModel.pulse();
    }

    private void runTickerWhileShown() {
        if (getScene() != null && isVisible()) {
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    /** What the "arrange the seats" button of the empty board does: the shell opens the seating tab. */
    public void setOnGoToSeating(Runnable action) {
        goToSeating = action;
    }

    @FXML
    private void onUndoPour() {
        commands.undoLastPour();
    }

    @FXML
    private void onGoToSeating() {
        goToSeating.run();
    }

    /** The map, for tests. */
    public SeatMap seatMap() {
        return seatMap;
    }

    @FXML private void onStartMeeting() { commands.startMeeting(); focusTheMap(); }
    @FXML private void onPause() { commands.pause(); focusTheMap(); }
    @FXML private void onResume() { commands.resume(); focusTheMap(); }
    @FXML private void onEndMeeting() { commands.endMeeting(); focusTheMap(); }
    @FXML private void onStartRound() { commands.startRound(); focusTheMap(); }
    @FXML private void onCloseRound() { commands.closeRound(); focusTheMap(); }
    @FXML private void onServeNext() { commands.serveNext(); }
    @FXML private void onRefillGuide() { openRefillGuide.run(); }

    @FXML
    private void onServicePlan() {
        ServicePlanDialog.open(getScene(), viewModel, commands, i18n);
    }
}
