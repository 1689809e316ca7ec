package org.huiwu.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Shows the app's dialogs with JavaFX alerts and file choosers, owned by the main window so they stay
 * on top of it. FX thread only.
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public int choose(String title, String message, List<String> options) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = new java.util.ArrayList<>();
        for (String option : options) {
            buttons.add(new ButtonType(option));
        }
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(ButtonType.CANCEL);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public boolean offer(String title, String message, String action, String close) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(act, new ButtonType(close, ButtonBar.ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(act::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, extensions));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterDescription, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, extensions));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String filterDescription, String extension,
            String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<String> askSecret(String title, String message) {
        return new SecretDialog(owner.get(), title, message).ask();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : new ButtonType[] {ButtonType.OK});
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }
}
