package org.huiwu.ui.settings;

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
 * Asks for the venue server's password when the window starts on a server (decision 0030), before the main
 * window exists: the server and login, which try of three this is, and why the last one failed. It only collects
 * the text; the caller logs in with it off the FX thread and never keeps it. FX thread only.
 */
public final class ServerPasswordDialog {

    /** How many passwords the window accepts before it explains and closes. */
    public static final int TRIES = 3;

    private final Dialog<String> dialog = new Dialog<>();

    /**
     * @param attempt the try this is, from 1 to {@link #TRIES}
     * @param lastProblem why the previous try failed, in the user's language; empty for the first try
     */
    public ServerPasswordDialog(I18n i18n, String url, String user, int attempt, String lastProblem) {
        Label prompt = new Label(i18n.format("venue.password.prompt", user, url));
        prompt.setWrapText(true);
        PasswordField field = new PasswordField();
        field.setId("serverPasswordField");
        boolean failed = !lastProblem.isEmpty();
        Label problem = new Label(failed ? i18n.format("venue.password.again", lastProblem, TRIES - attempt + 1) : "");
        problem.setId("serverPasswordProblem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.setVisible(failed);
        problem.setManaged(failed);
        Label kept = new Label(i18n.get("venue.password.notKept"));
        kept.setWrapText(true);
        VBox content = new VBox(8, prompt, field, problem, kept);
        content.setPadding(new Insets(12));
        content.setPrefWidth(460);
        dialog.setTitle(i18n.get("venue.password.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("serverPasswordOkButton");
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
