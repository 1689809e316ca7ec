package org.huiwu.ui.seating;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.ui.common.ViewLoader;

/** The form of the name-card print dialog; binds to {@link NameCardOptionsViewModel}. FX thread only. */
public final class NameCardOptionsView extends GridPane {

    @FXML private CheckBox changedOnlyBox;
    @FXML private ComboBox<NameCardOptionsViewModel.Preset> presetBox;
    @FXML private ComboBox<Integer> perSheetBox;
    @FXML private TextField widthField;
    @FXML private TextField heightField;
    @FXML private CheckBox detailBox;
    @FXML private Label problemLabel;

    private final NameCardOptionsViewModel viewModel;
    private final I18n i18n;

    public NameCardOptionsView(NameCardOptionsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        changedOnlyBox.selectedProperty().bindBidirectional(viewModel.changedOnlyProperty());
        presetBox.getItems().setAll(NameCardOptionsViewModel.PRESETS);
        presetBox.setConverter(ChoiceLabels.of(viewModel::presetText));
        presetBox.valueProperty().bindBidirectional(viewModel.presetProperty());
        perSheetBox.getItems().setAll(1, 2);
        perSheetBox.setConverter(ChoiceLabels.of(n -> i18n.format("seating.cards.perSheetValue", n)));
        perSheetBox.valueProperty().bindBidirectional(viewModel.perSheetProperty());
        widthField.textProperty().bindBidirectional(viewModel.widthProperty());
        heightField.textProperty().bindBidirectional(viewModel.heightProperty());
        detailBox.selectedProperty().bindBidirectional(viewModel.showDetailProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
    }
}
