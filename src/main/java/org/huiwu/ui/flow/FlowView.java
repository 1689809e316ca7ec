package org.huiwu.ui.flow;

import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.model.flow.Stage;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.control.CommittingField;

/**
 * The stages part of the meeting's flow tab: the stage now, a button per stage to see its checklists
 * (cleaning, layout with links to the table-setting guides, equipment per device, special items, and the
 * pre-, in- and post-meeting checks), the open mandatory items, moving on, the supervisor's override, patrol
 * rounds and the classified meeting's phones and list approval (their fields commit when left), and the way
 * to the stage checklist template. Binds to {@link FlowViewModel} and {@link FlowRecordsViewModel}. FX thread
 * only.
 */
public final class FlowView extends HBox {

    @FXML private TextField attendantField;
    @FXML private Label stageLabel;
    @FXML private FlowPane stageButtons;
    @FXML private Label messageLabel;
    @FXML private ListView<FlowLine> lineList;
    @FXML private ListView<String> openList;
    @FXML private Button advanceButton;
    @FXML private Button overrideButton;
    @FXML private javafx.scene.layout.StackPane overrideHolder;
    @FXML private TextField supervisorField;
    @FXML private TextField reasonField;
    @FXML private TextField intervalField;
    @FXML private CheckBox videoBox;
    @FXML private TextField patrolNoteField;
    @FXML private Label nextPatrolLabel;
    @FXML private ListView<String> patrolList;
    @FXML private VBox classifiedBox;
    @FXML private TextField phonesInField;
    @FXML private TextField phonesOutField;
    @FXML private TextField approverField;
    @FXML private Label approvalLabel;

    private final FlowViewModel viewModel;
    private final FlowRecordsViewModel records;
    private final Attendant attendant;
    private final Consumer<String> openGuide;
    private final Runnable editTemplate;

    public FlowView(FlowViewModel viewModel, FlowRecordsViewModel records, Attendant attendant,
            Consumer<String> openGuide, Runnable editTemplate) {
        this.viewModel = viewModel;
        this.records = records;
        this.attendant = attendant;
        this.openGuide = openGuide;
        this.editTemplate = editTemplate;
        ViewLoader.load(this, viewModel.texts().i18n());
    }

    @FXML
    private void initialize() {
        attendantField.textProperty().bindBidirectional(attendant.nameProperty());
        stageLabel.textProperty().bind(viewModel.stageTextProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        ToggleGroup group = new ToggleGroup();
        for (Stage stage : Stage.values()) {
            ToggleButton button = new ToggleButton(viewModel.texts().i18n().get(stage.labelKey()));
            button.setId("flowStage-" + stage.name());
            button.setToggleGroup(group);
            button.setUserData(stage);
            button.setOnAction(e -> viewModel.viewedProperty().set(stage));
            stageButtons.getChildren().add(button);
        }
        viewModel.viewedProperty().addListener((obs, old, now) -> select(group, now));
        select(group, viewModel.viewedProperty().get());
        lineList.setItems(viewModel.lines());
        lineList.setCellFactory(list -> new LineCell());
        openList.setItems(viewModel.openItems());
        openList.setCellFactory(list -> new WrappingCell());
        patrolList.setCellFactory(list -> new WrappingCell());
        advanceButton.disableProperty().bind(viewModel.closedProperty());
        overrideButton.disableProperty().bind(viewModel.closedProperty()
                .or(viewModel.overrideGate().barredProperty()));
        showWhyBarred(viewModel.overrideGate());
        supervisorField.textProperty().bindBidirectional(viewModel.supervisorProperty());
        reasonField.textProperty().bindBidirectional(viewModel.reasonProperty());
        intervalField.textProperty().bindBidirectional(records.patrolMinutes);
        videoBox.selectedProperty().bindBidirectional(records.videoLink);
        patrolNoteField.textProperty().bindBidirectional(records.patrolNote);
        nextPatrolLabel.textProperty().bind(records.nextPatrol);
        patrolList.setItems(records.patrols());
        classifiedBox.visibleProperty().bind(records.classified);
        classifiedBox.managedProperty().bind(records.classified);
        phonesInField.textProperty().bindBidirectional(records.phonesIn);
        phonesOutField.textProperty().bindBidirectional(records.phonesOut);
        approverField.textProperty().bindBidirectional(records.approver);
        approvalLabel.textProperty().bind(records.approval);
        CommittingField.install(intervalField, records::saveSettings, records::cancelEdit);
        CommittingField.install(phonesInField, records::savePhones, records::cancelEdit);
        CommittingField.install(phonesOutField, records::savePhones, records::cancelEdit);
        viewModel.activeProperty().bind(visibleProperty().and(sceneProperty().isNotNull()));
    }

    /** A disabled button shows no tooltip, so the reason hangs on its holder while the override is barred. */
    private void showWhyBarred(OverrideGate gate) {
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(gate.reasonProperty());
        gate.reasonProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                javafx.scene.control.Tooltip.uninstall(overrideHolder, why);
            } else {
                javafx.scene.control.Tooltip.install(overrideHolder, why);
            }
        });
    }

    private static void select(ToggleGroup group, Stage stage) {
        group.getToggles().stream().filter(t -> t.getUserData() == stage).findFirst().ifPresent(t -> t.setSelected(true));
    }

    @FXML private void onAdvance() { viewModel.advance(); }
    @FXML private void onOverride() { viewModel.override(); }
    @FXML private void onPatrol() { records.recordPatrol(); }
    @FXML private void onApprove() { records.approveList(); }
    @FXML private void onEditTemplate() { editTemplate.run(); }

    /** A text row that wraps at the list's width instead of scrolling sideways. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }

    /** A line: its tick box (mandatory lines in bold), kind, text and a link to its guide. */
    private final class LineCell extends ListCell<FlowLine> {
        private final CheckBox tick = new CheckBox();
        private final Label kind = new Label();
        private final Hyperlink guide = new Hyperlink(viewModel.texts().i18n().get("flow.ui.guide"));
        private final HBox box = new HBox(8, tick, kind, guide);

        LineCell() {
            tick.setWrapText(true);
            tick.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(tick, Priority.ALWAYS);
            kind.getStyleClass().add("flow-kind");
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            guide.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FlowLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            tick.setText(line.text());
            tick.setSelected(line.settled());
            tick.getStyleClass().remove("flow-mandatory");
            if (line.mandatory()) {
                tick.getStyleClass().add("flow-mandatory");
            }
            tick.setOnAction(e -> viewModel.toggle(line));
            kind.setText(line.kind());
            guide.setVisible(!line.guideId().isEmpty());
            guide.setManaged(!line.guideId().isEmpty());
            guide.setOnAction(e -> openGuide.accept(line.guideId()));
            setGraphic(box);
        }
    }
}
