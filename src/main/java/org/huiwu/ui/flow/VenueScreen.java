package org.huiwu.ui.flow;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.LazyScreen;

/**
 * The venue screen (会场: booking calendar, rooms, today) as one screen with no tab of its own: its command
 * in the 会场 menu opens it as a window beside the main one, reloaded each time it is shown. FX thread only.
 */
public final class VenueScreen extends LazyScreen {

    private final VenueViewModel model;
    private final BookingEditViewModel editor;
    private final Supplier<Window> owner;
    private final I18n i18n;
    private Dialog<ButtonType> dialog;

    public VenueScreen(VenueViewModel model, DialogService dialogs, Supplier<Window> owner, I18n i18n) {
        super("venue", i18n.get("venue.menu"), Place.NONE);
        this.model = model;
        this.editor = model.bookingEditor(dialogs);
        this.owner = owner;
        this.i18n = i18n;
        command(Command.of("menuVenue", i18n.get("venue.menu.open"), this::open).keys("Shortcut+Shift+V")
                .inMenu("venue.menu", 10));
    }

    @Override
    protected Node build() {
        return new VenueView(model, editor);
    }

    /** The screen's model (for tests). */
    public VenueViewModel model() {
        return model;
    }

    /**
     * Shows the venue window, a new one each time (a window closed by its frame leaves the old dialog unusable),
     * with the same content, reloaded.
     */
    public void open() {
        if (dialog != null && dialog.isShowing()) {
            model.reload();
            return;
        }
        dialog = new Dialog<>();
        Window parent = owner.get();
        dialog.initOwner(parent);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(i18n.get("venue.title.window"));
        dialog.getDialogPane().setContent(node());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("venue.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        if (parent != null && parent.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(FlowScreen.class.getResource("flow.css").toExternalForm());
        model.reload();
        dialog.show();
    }
}
