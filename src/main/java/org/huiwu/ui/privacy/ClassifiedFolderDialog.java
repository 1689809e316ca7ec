package org.huiwu.ui.privacy;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;

/**
 * Tells the user that the data folder holds 涉密 meetings but is not encrypted at rest, and offers the two ways
 * on: encrypt the folder now (a new passphrase is asked next), or a supervisor overrides the rule with their
 * name and a reason, which are logged. Closing it chooses neither (the window then does not open). It only
 * collects the choice. FX thread only.
 */
public final class ClassifiedFolderDialog {

    /** The way on the user chose: encrypt, or override by {@code supervisor} for {@code reason}. */
    public record Choice(boolean encrypt, String supervisor, String reason) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    public ClassifiedFolderDialog(I18n i18n, Window owner, String dataDir, List<String> meetingTitles) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Label message = new Label(i18n.format("privacy.classified.message", dataDir, String.join(i18n.get("list.separator"), meetingTitles)));
        message.setWrapText(true);
        Label overrideHint = new Label(i18n.get("privacy.classified.overrideHint"));
        overrideHint.setWrapText(true);
        TextField supervisor = new TextField();
        supervisor.setId("overrideSupervisor");
        supervisor.setPromptText(i18n.get("privacy.classified.supervisor"));
        TextArea reason = new TextArea();
        reason.setId("overrideReason");
        reason.setPromptText(i18n.get("privacy.classified.reason"));
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        VBox content = new VBox(10, message, overrideHint, supervisor, reason);
        content.setPadding(new Insets(12));
        content.setPrefWidth(520);
        ButtonType encrypt = new ButtonType(i18n.get("privacy.classified.encrypt"), ButtonBar.ButtonData.OK_DONE);
        ButtonType override = new ButtonType(i18n.get("privacy.classified.override"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(i18n.get("privacy.classified.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.setTitle(i18n.get("privacy.classified.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(encrypt, override, quit);
        ((Button) dialog.getDialogPane().lookupButton(encrypt)).setId("classifiedEncryptButton");
        Button overrideButton = (Button) dialog.getDialogPane().lookupButton(override);
        overrideButton.setId("classifiedOverrideButton");
        overrideButton.disableProperty().bind(supervisor.textProperty().isEmpty().or(reason.textProperty().isEmpty()));
        ((Button) dialog.getDialogPane().lookupButton(quit)).setId("classifiedQuitButton");
        dialog.setResultConverter(button -> {
            if (button == encrypt) {
                return new Choice(true, "", "");
            }
            return button == override ? new Choice(false, supervisor.getText(), reason.getText()) : null;
        });
    }

    /** Shows the dialog and waits; empty when the user chose neither way. */
    public Optional<Choice> ask() {
        return dialog.showAndWait();
    }

    /** Shows the dialog without waiting (the layout test looks at it). */
    public void show() {
        dialog.show();
    }
}
