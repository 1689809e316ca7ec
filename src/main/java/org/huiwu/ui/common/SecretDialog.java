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
 * The one dialog that asks for a secret (a data folder's passphrase at start, a new one when a folder is
 * encrypted, the passphrase a 涉密 export is sealed with): a message, a hidden field, optionally a second
 * field that must repeat it, a problem line (why the last try failed) and a note (what a forgotten secret
 * means); OK only once something is typed (and repeated alike). It only collects the text. FX thread only.
 */
public final class SecretDialog {

    private final Dialog<String> dialog = new Dialog<>();
    private final VBox content = new VBox(10);
    private final PasswordField field = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label problem = new Label();
    private final Label note = new Label();

    public SecretDialog(Window owner, String title, String message) {
        this(owner, title, message, "secret");
    }

    /**
     * @param idPrefix the prefix of the node ids ({@code <prefix>Field}, {@code <prefix>Repeat},
     *     {@code <prefix>Problem}, {@code <prefix>OkButton}) that tests and the layout check find
     */
    public SecretDialog(Window owner, String title, String message, String idPrefix) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        Label text = new Label(message);
        text.setWrapText(true);
        field.setId(idPrefix + "Field");
        repeat.setId(idPrefix + "Repeat");
        problem.setId(idPrefix + "Problem");
        problem.getStyleClass().add("problem-text");
        for (Label label : new Label[] {problem, note}) {
            label.setWrapText(true);
            label.setVisible(false);
            label.setManaged(false);
        }
        repeat.setVisible(false);
        repeat.setManaged(false);
        content.getChildren().setAll(text, field, repeat, problem, note);
        content.setPadding(new Insets(12));
        content.setPrefWidth(460);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId(idPrefix + "OkButton");
        ok.disableProperty().bind(field.textProperty().isEmpty()
                .or(repeat.visibleProperty().and(repeat.textProperty().isNotEqualTo(field.textProperty()))));
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
    }

    /** Shows a second hidden field that must repeat the secret (for a secret being set), with its prompt. */
    public SecretDialog repeated(String prompt) {
        repeat.setPromptText(prompt);
        repeat.setVisible(true);
        repeat.setManaged(true);
        return this;
    }

    /** Shows why the last try failed (empty text: nothing). */
    public SecretDialog problem(String text) {
        show(problem, text);
        return this;
    }

    /** Shows a note below the field, such as what a forgotten secret means. */
    public SecretDialog note(String text) {
        show(note, text);
        return this;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    public Optional<String> ask() {
        return dialog.showAndWait();
    }

    /** Shows the dialog without waiting (the layout test looks at it). */
    public void show() {
        dialog.show();
    }

    private static void show(Label label, String text) {
        boolean shown = text != null && !text.isEmpty();
        label.setText(shown ? text : "");
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
