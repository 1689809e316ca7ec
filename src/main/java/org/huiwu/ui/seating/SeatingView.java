package org.huiwu.ui.seating;

import java.util.UUID;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.seatmap.SeatMap;
import org.huiwu.ui.seatplan.SeatMapSync;
import org.huiwu.ui.seatplan.SeatingLabels;

/**
 * The seating screen: toolbar (auto-assign, undo/redo, viewpoint, convention, door, find), the seat
 * map in the middle and the side panel with blocks, unseated people and the selected seat. Binds to
 * {@link SeatingViewModel} and sends actions to {@link SeatingCommands}; the toolbar buttons that are
 * also in the 座次 / Seating menu are driven by the same {@link org.huiwu.ui.common.Command}s. FX thread only.
 */
public final class SeatingView extends BorderPane {

    @FXML private Button autoAssignButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button flipViewButton;
    @FXML private Button fitPlanButton;
    @FXML private Button nameCardGuideButton;
    @FXML private ComboBox<Convention> conventionBox;
    @FXML private ComboBox<DoorPosition> doorBox;
    @FXML private TextField seatSearch;
    @FXML private StackPane mapHolder;
    @FXML private Label emptyPlanLabel;
    @FXML private Label countsLabel;
    @FXML private Label changesLabel;
    @FXML private Label problemLabel;

    private final SeatingViewModel viewModel;
    private final SeatingCommands commands;
    private final SeatingSidePanel sidePanel;
    private final SeatMap seatMap = new SeatMap();
    private final I18n i18n;
    private final SeatingMenu menu;
    private boolean syncingRules;

    SeatingView(SeatingViewModel viewModel, SeatingCommands commands, SeatingSidePanel sidePanel, I18n i18n,
            SeatingMenu menu) {
        this.viewModel = viewModel;
        this.commands = commands;
        this.sidePanel = sidePanel;
        this.i18n = i18n;
        this.menu = menu;
        ViewLoader.load(this, i18n);
        conventionBox.setConverter(ChoiceLabels.of(c -> i18n.get(c == Convention.GOVERNMENT
                ? "seating.convention.government" : "seating.convention.foreign")));
        doorBox.setConverter(ChoiceLabels.of(d -> SeatingLabels.door(i18n, d)));
    }

    @FXML
    private void initialize() {
        seatMap.setId("seatMap");
        mapHolder.getChildren().add(0, seatMap);
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(sidePanel);
        side.setFitToWidth(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("seating-side-scroll");
        setLeft(side);
        seatMap.getTiles().setAll(viewModel.tiles());
        viewModel.tiles().addListener((javafx.collections.ListChangeListener<org.huiwu.ui.control.seatmap.SeatTile>)
                change -> SeatMapSync.apply(change, seatMap.getTiles()));
        viewModel.markers().addListener((javafx.collections.ListChangeListener<org.huiwu.ui.control.seatmap.PlanMarker>)
                change -> seatMap.getMarkers().setAll(viewModel.markers()));
        seatMap.viewpointCaptionProperty().bind(viewModel.viewpointCaptionProperty());
        seatMap.selectedSeatIdProperty().bindBidirectional(viewModel.selectedSeatProperty());
        seatMap.onSeatDraggedProperty().set(commands::swapSeats);
        seatMap.onExternalDropProperty().set((attendee, seat) -> commands.placeAttendee(UUID.fromString(attendee), seat));
        seatMap.onSeatActivatedProperty().set(seat -> viewModel.selectedSeatProperty().set(seat));
        seatMap.onSeatContextRequestedProperty().set((seat, point) -> sidePanel.showSeatMenu(seatMap, seat, point));
        emptyPlanLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.tiles()));

        menu.command("seatingMenuAutoAssign").drive(autoAssignButton);
        menu.command("seatingMenuUndo").drive(undoButton);
        menu.command("seatingMenuRedo").drive(redoButton);
        menu.command("seatingMenuFlip").drive(flipViewButton);
        menu.command("seatingMenuFit").drive(fitPlanButton);
        menu.command("seatingMenuGuide").drive(nameCardGuideButton);
        conventionBox.getItems().setAll(Convention.values());
        doorBox.getItems().setAll(DoorPosition.values());
        viewModel.planProperty().addListener((obs, old, plan) -> showRules(plan, old));
        seatMap.getMarkers().setAll(viewModel.markers());
        showRules(viewModel.planProperty().get(), null);
        conventionBox.valueProperty().addListener((obs, old, value) -> {
            if (!syncingRules && value != null) {
                commands.planEdits().setConvention(value);
            }
        });
        doorBox.valueProperty().addListener((obs, old, value) -> {
            if (!syncingRules && value != null) {
                commands.planEdits().setDoor(value);
            }
        });
        seatSearch.textProperty().bindBidirectional(viewModel.searchProperty());
        seatSearch.setOnAction(event -> centreOnHit());
        countsLabel.textProperty().bind(viewModel.countsProperty());
        changesLabel.textProperty().bind(viewModel.changesProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
    }

    private void showRules(SeatPlan plan, SeatPlan old) {
        syncingRules = true;
        conventionBox.setValue(plan == null ? null : plan.convention());
        doorBox.setValue(plan == null ? null : plan.door());
        syncingRules = false;
        if (plan != null && (old == null || !old.id().equals(plan.id()) || old.viewpoint() != plan.viewpoint())) {
            javafx.application.Platform.runLater(seatMap::fitToView);
        }
    }

    private void onShortcut(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            commands.undo();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.Y) {
            commands.redo();
            event.consume();
        }
    }

    private void centreOnHit() {
        String hit = viewModel.firstHit();
        if (hit != null) {
            seatMap.centerOn(hit);
            viewModel.selectedSeatProperty().set(hit);
        }
    }

    /** The map, for tests and for printing. */
    public SeatMap seatMap() {
        return seatMap;
    }

    @FXML
    private void onRules(javafx.event.ActionEvent event) {
        if (viewModel.planProperty().get() != null) {
            popUp(menu.ruleItems(), (javafx.scene.Node) event.getSource());
        }
    }

    @FXML
    private void onExports(javafx.event.ActionEvent event) {
        popUp(menu.exportItems(), (javafx.scene.Node) event.getSource());
    }

    private static void popUp(java.util.List<javafx.scene.control.MenuItem> items, javafx.scene.Node under) {
        new javafx.scene.control.ContextMenu(items.toArray(javafx.scene.control.MenuItem[]::new))
                .show(under, javafx.geometry.Side.BOTTOM, 0, 0);
    }

    void focusSearch() {
        seatSearch.requestFocus();
        seatSearch.selectAll();
    }
}
