package org.huiwu.ui.rounds;

import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServicePlan;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.seatplan.SeatingLabels;

/**
 * The service plan form: the plan-wide choices, then one row per seating block with its interval and
 * its attendant. Built in code because the block rows depend on the plan. Binds to
 * {@link ServicePlanEditorViewModel}. FX thread only.
 */
public final class ServicePlanEditorView extends GridPane {

    /** The form; each block's attendant offers the people on the meeting's staffing table and takes any name typed. */
    public ServicePlanEditorView(ServicePlanEditorViewModel model, I18n i18n, RoundLabels labels,
            javafx.collections.ObservableList<String> staffed) {
        setHgap(12);
        setVgap(8);
        setPadding(new Insets(12));
        ComboBox<FirstPour> firstPour = new ComboBox<>();
        firstPour.getItems().setAll(FirstPour.values());
        firstPour.setConverter(ChoiceLabels.of(value -> i18n.get(labels.of(value))));
        firstPour.valueProperty().bindBidirectional(model.firstPourProperty());
        ComboBox<ServedScope> scope = new ComboBox<>();
        scope.getItems().setAll(ServedScope.values());
        scope.setConverter(ChoiceLabels.of(value -> i18n.get(labels.of(value))));
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        addRow(0, new Label(i18n.get("rounds.plan.firstPour")), firstPour);
        addRow(1, new Label(i18n.get("rounds.plan.scope")), scope);
        addRow(2, new Label(i18n.get("rounds.plan.interval")), minutes(model.intervalProperty(),
                ServicePlan.MIN_INTERVAL, ServicePlan.MAX_INTERVAL));
        addRow(3, new Label(i18n.get("rounds.plan.dueSoon")), minutes(model.dueSoonProperty(), 1, 30));
        Label blocks = new Label(i18n.get("rounds.plan.blocks"));
        blocks.getStyleClass().add("pane-heading");
        add(blocks, 0, 4, 3, 1);
        addRow(5, new Label(""), new Label(i18n.get("rounds.plan.blockInterval")),
                new Label(i18n.get("rounds.plan.attendant")));
        int row = 6;
        for (ServicePlanEditorViewModel.BlockRow block : model.rows()) {
            ComboBox<String> attendant = new ComboBox<>(staffed);
            attendant.setEditable(true);
            attendant.setPromptText(i18n.get("rounds.zone.everyone"));
            attendant.getEditor().setPromptText(i18n.get("rounds.zone.everyone"));
            attendant.getEditor().textProperty().bindBidirectional(block.attendant());
            addRow(row++, new Label(SeatingLabels.block(i18n, block.block())),
                    minutes(block.interval(), ServicePlan.MIN_INTERVAL, ServicePlan.MAX_INTERVAL), attendant);
        }
    }

    private static Spinner<Integer> minutes(IntegerProperty value, int lowest, int highest) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(lowest, highest, value.get());
        Spinner<Integer> spinner = new Spinner<>(values);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        org.huiwu.ui.control.CountField.install(spinner);
        values.valueProperty().addListener((obs, old, now) -> value.set(now == null ? lowest : now));
        return spinner;
    }
}
