package org.huiwu.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.ChoiceLabels;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.ViewLoader;

/** The settings form shown in the settings dialog; binds to {@link SettingsViewModel}. FX thread only. */
public final class SettingsView extends GridPane {

    @FXML private ComboBox<Language> languageBox;
    @FXML private ComboBox<Theme> themeBox;
    @FXML private Label backupMinutesLabel;
    @FXML private Label backupsKeptLabel;
    @FXML private TextField backupMinutesField;
    @FXML private TextField backupsKeptField;
    @FXML private TextField idleMinutesField;
    @FXML private javafx.scene.control.PasswordField lockPinField;
    @FXML private Label pinStateLabel;
    @FXML private Label classifiedStateLabel;
    @FXML private Label problemLabel;

    private final SettingsViewModel viewModel;
    private final I18n i18n;

    public SettingsView(SettingsViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        ViewLoader.load(this, i18n);
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(Language.values());
        languageBox.setConverter(ChoiceLabels.of(language -> i18n.get(switch (language) {
            case CHINESE -> "settings.language.chinese";
            case ENGLISH -> "settings.language.english";
        })));
        languageBox.valueProperty().bindBidirectional(viewModel.languageProperty());
        themeBox.getItems().setAll(Theme.values());
        themeBox.setConverter(ChoiceLabels.of(theme -> i18n.get(switch (theme) {
            case LIGHT -> "settings.theme.light";
            case DIM -> "settings.theme.dim";
        })));
        themeBox.valueProperty().bindBidirectional(viewModel.themeProperty());
        backupMinutesField.textProperty().bindBidirectional(viewModel.backupMinutesProperty());
        backupsKeptField.textProperty().bindBidirectional(viewModel.backupsKeptProperty());
        for (javafx.scene.Node backup : new javafx.scene.Node[] {backupMinutesLabel, backupMinutesField, backupsKeptLabel,
                backupsKeptField}) {
            backup.visibleProperty().bind(viewModel.folderProtection().onServerProperty().not());
            backup.managedProperty().bind(backup.visibleProperty());
        }
        idleMinutesField.textProperty().bindBidirectional(viewModel.idleMinutesProperty());
        lockPinField.textProperty().bindBidirectional(viewModel.newPinProperty());
        pinStateLabel.textProperty().bind(viewModel.pinStateProperty());
        classifiedStateLabel.textProperty().bind(viewModel.folderProtection().classifiedStateProperty());
        classifiedStateLabel.textProperty().addListener((o, was, now) -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().sizeToScene();
            }
        });
        problemLabel.textProperty().bind(viewModel.problemProperty());
    }

}
