package org.huiwu.ui.venue;

import java.util.function.Supplier;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.huiwu.ui.flow.FlowScreen;

/**
 * Opens the venue screen (会场: calendar, rooms, today) as a window beside the main one, from the menu
 * bar's 会场 menu; it reloads each time it is shown. FX thread only.
 */
public final class VenueScreen {

    private final VenueViewModel model;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> dialog;

    public VenueScreen(VenueViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** The screen's model (for tests). */
    public VenueViewModel model() {
        return model;
    }

    /** Shows the venue window (or brings it forward) and reloads it. */
    public void open() {
        if (dialog == null) {
            dialog = new Dialog<>();
            Window parent = owner.get();
            dialog.initOwner(parent);
            dialog.initModality(Modality.NONE);
            dialog.setResizable(true);
            dialog.setTitle(model.texts().i18n().get("venue.title.window"));
            dialog.getDialogPane().setContent(new VenueView(model));
            dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(model.texts().i18n().get("venue.close"),
                    ButtonBar.ButtonData.CANCEL_CLOSE));
            if (parent != null && parent.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
            }
            dialog.getDialogPane().getStylesheets().add(FlowScreen.class.getResource("flow.css").toExternalForm());
        }
        model.reload();
        dialog.show();
        if (dialog.getDialogPane().getScene().getWindow() instanceof javafx.stage.Stage window) {
            window.toFront();
        }
    }
}
