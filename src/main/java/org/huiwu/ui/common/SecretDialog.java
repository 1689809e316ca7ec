package org.huiwu.ui.common;

import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a secret (the passphrase a 涉密 export is sealed with): a message, a hidden field, OK only once
 * something is typed. It only collects the text. FX thread only.
 */
public final class SecretDialog {

    private final Dialog<String> dialog = new Dialog<>();

    public SecretDialog(Window owner, String title, String message) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        Label text = new Label(message);
        text.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("secretField");
        VBox content = new VBox(10, text, field);
        content.setPadding(new Insets(12));
        content.setPrefWidth(460);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("secretOkButton");
        ok.disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<String> ask() {
        return dialog.showAndWait();
    }

    /** Shows the dialog without waiting (the layout test looks at it). */
    public void show() {
        dialog.show();
    }
}
