package org.huiwu.ui.settings;

import java.util.List;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;

/**
 * The settings dialog: the settings form with OK (kept open while a value is refused) and Cancel; applies
 * the model when OK is pressed. FX thread only.
 */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    /** Shows the dialog over {@code owner} with the window's style sheets and waits until it is closed. */
    public static void show(Window owner, List<String> stylesheets, SettingsViewModel model, I18n i18n) {
        show(owner, stylesheets, model, null, i18n);
    }

    /**
     * Shows the dialog with the 会务服务器 part beside the form (when {@code venue} is given), which commits each
     * field as it is left and once more on OK.
     */
    public static void show(Window owner, List<String> stylesheets, SettingsViewModel model, VenueServerViewModel venue,
            I18n i18n) {
        model.load();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("settings.title"));
        if (venue == null) {
            dialog.getDialogPane().setContent(new SettingsView(model, i18n));
        } else {
            venue.load();
            javafx.scene.control.Separator line = new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL);
            dialog.getDialogPane().setContent(new javafx.scene.layout.HBox(8, new SettingsView(model, i18n), line,
                    new VenueServerPane(venue, i18n)));
        }
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.validate()) {
                event.consume();
            } else if (venue != null) {
                venue.commit();
            }
        });
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.apply());
    }
}
