package org.huiwu.ui.privacy;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import org.huiwu.i18n.I18n;

/**
 * Asks for the passphrase of an encrypted data folder when the app starts, before the main window exists:
 * the folder, which try of three this is, why the last one failed, and what a forgotten passphrase means.
 * It only collects the text; the caller opens the folder with it (off the FX thread) and counts the tries.
 * FX thread only.
 */
public final class PassphraseDialog {

    /** How many passphrases the window accepts before it explains and closes. */
    public static final int TRIES = 3;

    private final Dialog<String> dialog = new Dialog<>();

    /**
     * @param attempt the try this is, from 1 to {@link #TRIES}
     * @param lastWasWrong whether the previous try's passphrase was wrong
     */
    public PassphraseDialog(I18n i18n, String dataDir, int attempt, boolean lastWasWrong) {
        Label prompt = new Label(i18n.format("privacy.passphrase.prompt", dataDir));
        prompt.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        Label wrong = new Label(lastWasWrong ? i18n.format("privacy.passphrase.wrong", TRIES - attempt + 1) : "");
        wrong.setId("passphraseWrong");
        wrong.getStyleClass().add("problem-text");
        wrong.setWrapText(true);
        wrong.setVisible(lastWasWrong);
        wrong.setManaged(lastWasWrong);
        Label forgotten = new Label(i18n.get("privacy.passphrase.forgotten"));
        forgotten.setWrapText(true);
        VBox content = new VBox(8, prompt, field, wrong, forgotten);
        content.setPadding(new Insets(12));
        content.setPrefWidth(460);
        dialog.setTitle(i18n.get("privacy.passphrase.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("passphraseOkButton");
        ok.disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
    }

    /** Shows the dialog and waits; empty when the user cancelled. */
    public Optional<String> ask() {
        return dialog.showAndWait();
    }

    /** Shows the dialog without waiting (the layout test looks at it). */
    public void show() {
        dialog.show();
    }
}
