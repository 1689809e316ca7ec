package org.huiwu.ui.rounds;

import javafx.beans.property.IntegerProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/**
 * The summary column of the round board; binds to {@link RoundSummaryViewModel}. A count is stored when it is
 * left (Enter, Tab, a click elsewhere) and as the window closes; a count reached with Tab is selected, so typing
 * replaces it. FX thread only.
 */
public final class RoundSummaryPanel extends VBox {

    @FXML private Label summaryLabel;
    @FXML private Label countedLabel;
    @FXML private Spinner<Integer> cupsSpinner;
    @FXML private Spinner<Integer> teaSpinner;
    @FXML private Spinner<Integer> waterSpinner;
    @FXML private Spinner<Integer> towelSpinner;

    private final RoundSummaryViewModel viewModel;
    private final java.util.function.Consumer<javafx.stage.Window> openCharts;

    /** @param openCharts opens the service charts beside the given window */
    public RoundSummaryPanel(RoundSummaryViewModel viewModel, I18n i18n,
            java.util.function.Consumer<javafx.stage.Window> openCharts) {
        this.viewModel = viewModel;
        this.openCharts = openCharts;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        countedLabel.textProperty().bind(viewModel.countedProperty());
        bind(cupsSpinner, viewModel.cupsProperty());
        bind(teaSpinner, viewModel.teaBagsProperty());
        bind(waterSpinner, viewModel.waterBottlesProperty());
        bind(towelSpinner, viewModel.towelsProperty());
        for (Spinner<Integer> spinner : java.util.List.of(cupsSpinner, teaSpinner, waterSpinner, towelSpinner)) {
            spinner.focusWithinProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    keepTyping();
                }
            });
            spinner.getEditor().addEventHandler(javafx.event.ActionEvent.ACTION, done -> keepTyping());
            org.huiwu.ui.control.CountField.install(spinner);
        }
        org.huiwu.ui.common.WindowClosing.whenClosing(this, this::keepTyping);
    }

    /** Takes in the counts being typed (text that is not a number goes back to the count) and stores them. */
    private void keepTyping() {
        for (Spinner<Integer> spinner : java.util.List.of(cupsSpinner, teaSpinner, waterSpinner, towelSpinner)) {
            try {
                spinner.commitValue();
            } catch (NumberFormatException notANumber) {
                spinner.cancelEdit();
            }
        }
        viewModel.commitConsumables();
    }

    private static void bind(Spinner<Integer> spinner, IntegerProperty count) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000, count.get());
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        values.valueProperty().addListener((obs, old, value) -> count.set(value == null ? 0 : value));
        count.addListener((obs, old, value) -> values.setValue(value.intValue()));
    }

    @FXML private void onRefresh() { viewModel.refresh(); }
    @FXML private void onSave() { viewModel.saveConsumables(); }
    @FXML private void onCharts() { openCharts.accept(getScene().getWindow()); }
}
