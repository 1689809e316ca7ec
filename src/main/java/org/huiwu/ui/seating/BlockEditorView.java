package org.huiwu.ui.seating;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;
import org.huiwu.ui.seatplan.SeatingLabels;
import org.huiwu.ui.control.CountField;

/**
 * The form of the block dialog; shows only the parameters and options the block's template uses. Binds to
 * {@link BlockEditorViewModel}. FX thread only.
 */
public final class BlockEditorView extends GridPane {

    @FXML private Label kindLabel;
    @FXML private TextField nameField;
    @FXML private TextField rowsField;
    @FXML private Spinner<Integer> aisleSpinner;
    @FXML private Spinner<Integer> tablesSpinner;
    @FXML private Spinner<Integer> seatsPerTableSpinner;
    @FXML private Spinner<Integer> hostSpinner;
    @FXML private Spinner<Integer> guestSpinner;
    @FXML private Spinner<Integer> headSpinner;
    @FXML private Spinner<Integer> armSpinner;
    @FXML private ComboBox<TableOrientation> orientationBox;
    @FXML private Label problemLabel;
    @FXML private ComboBox<PresiderPlacement> presiderPlacementBox;
    @FXML private ComboBox<PresiderChoice> presiderBox;
    @FXML private ComboBox<SpeakerStand> speakerStandBox;
    @FXML private ComboBox<UnitSections> unitSectionsBox;
    @FXML private ComboBox<UnitOrder> unitOrderBox;
    @FXML private ComboBox<InterpreterPlacement> interpretersBox;

    private final BlockEditorViewModel viewModel;
    private final I18n i18n;

    public BlockEditorView(BlockEditorViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        BlockKind kind = viewModel.kindProperty().get();
        kindLabel.setText(SeatingLabels.kind(i18n, kind));
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        rowsField.textProperty().bindBidirectional(viewModel.rowsProperty());
        bind(aisleSpinner, viewModel.aisleEveryProperty());
        bind(tablesSpinner, viewModel.tablesProperty());
        bind(seatsPerTableSpinner, viewModel.seatsPerTableProperty());
        bind(hostSpinner, viewModel.hostSeatsProperty());
        bind(guestSpinner, viewModel.guestSeatsProperty());
        bind(headSpinner, viewModel.headSeatsProperty());
        bind(armSpinner, viewModel.armSeatsProperty());
        orientationBox.getItems().setAll(TableOrientation.values());
        orientationBox.setConverter(ChoiceLabels.of(o -> i18n.get(o == TableOrientation.ACROSS_DOOR
                ? "seating.orientation.across" : "seating.orientation.endOn")));
        orientationBox.valueProperty().bindBidirectional(viewModel.orientationProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        choices(presiderPlacementBox, PresiderPlacement.values(), p -> BlockOptionLabels.placement(i18n, p),
                viewModel.presiderPlacementProperty());
        presiderBox.setItems(viewModel.presiderChoices());
        presiderBox.valueProperty().bindBidirectional(viewModel.presiderProperty());
        choices(speakerStandBox, SpeakerStand.values(), s -> BlockOptionLabels.stand(i18n, s),
                viewModel.speakerStandProperty());
        choices(unitSectionsBox, UnitSections.values(), s -> BlockOptionLabels.sections(i18n, s),
                viewModel.unitSectionsProperty());
        choices(unitOrderBox, UnitOrder.values(), o -> BlockOptionLabels.order(i18n, o), viewModel.unitOrderProperty());
        choices(interpretersBox, InterpreterPlacement.values(), p -> BlockOptionLabels.interpreters(i18n, p),
                viewModel.interpretersProperty());
        unitOrderBox.disableProperty().bind(viewModel.unitSectionsProperty().isEqualTo(UnitSections.OFF));

        boolean rows = kind == BlockKind.PODIUM || kind == BlockKind.AUDIENCE;
        boolean parties = kind == BlockKind.TALKS || kind == BlockKind.RECEPTION;
        boolean table = kind == BlockKind.U_SHAPE || kind == BlockKind.HOLLOW_SQUARE;
        showRowOf(rowsField, rows);
        showRowOf(aisleSpinner, kind == BlockKind.AUDIENCE);
        showRowOf(tablesSpinner, kind == BlockKind.ROUND_TABLES);
        showRowOf(seatsPerTableSpinner, kind == BlockKind.ROUND_TABLES);
        showRowOf(hostSpinner, parties);
        showRowOf(guestSpinner, parties);
        showRowOf(orientationBox, kind == BlockKind.TALKS);
        showRowOf(headSpinner, table);
        showRowOf(armSpinner, table);
        showRowOf(presiderPlacementBox, kind == BlockKind.PODIUM);
        showRowOf(presiderBox, kind == BlockKind.PODIUM);
        showRowOf(speakerStandBox, kind == BlockKind.PODIUM);
        showRowOf(unitSectionsBox, kind == BlockKind.AUDIENCE);
        showRowOf(unitOrderBox, kind == BlockKind.AUDIENCE);
        showRowOf(interpretersBox, parties);
    }

    private static <T> void choices(ComboBox<T> box, T[] values, java.util.function.Function<T, String> label,
            javafx.beans.property.ObjectProperty<T> property) {
        box.getItems().setAll(values);
        box.setConverter(ChoiceLabels.of(label));
        box.valueProperty().bindBidirectional(property);
    }

    /** Spinners accept any whole number the user types; the plan check gives the limits. */
    private static void bind(Spinner<Integer> spinner, IntegerProperty property) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(-1_000_000, 1_000_000, property.get());
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        CountField.install(spinner);
        values.valueProperty().addListener((obs, old, value) -> property.set(value == null ? 0 : value));
    }

    private void showRowOf(Node field, boolean shown) {
        Integer row = GridPane.getRowIndex(field);
        for (Node node : List.copyOf(getChildren())) {
            if (java.util.Objects.equals(GridPane.getRowIndex(node), row)) {
                node.setVisible(shown);
                node.setManaged(shown);
            }
        }
    }
}
