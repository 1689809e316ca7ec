package org.huiwu.ui.floor;

import java.util.function.Supplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.LazyScreen;

/**
 * The venue floor (场内总览, issue #15) as a screen with no tab of its own: its command in the 会场 menu opens a
 * window beside the main one that lists the meetings in progress and reads them again every
 * {@link #REFRESH_SECONDS} seconds while it is shown (the reads run off the FX thread). FX thread only.
 */
public final class FloorScreen extends LazyScreen {

    /** How often the shown floor is read again. */
    public static final int REFRESH_SECONDS = 20;

    private final FloorViewModel model;
    private final Supplier<Window> owner;
    private final I18n i18n;
    private final Timeline refresh;
    private Dialog<ButtonType> dialog;

    public FloorScreen(FloorViewModel model, Supplier<Window> owner, I18n i18n) {
        super("floor", i18n.get("floor.title"), Place.NONE);
        this.model = model;
        this.owner = owner;
        this.i18n = i18n;
        refresh = new Timeline(new KeyFrame(Duration.seconds(REFRESH_SECONDS), e -> reloadWhileShown()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        command(Command.of("menuFloor", i18n.get("floor.menu.open"), this::open).keys("Shortcut+Shift+O")
                .inMenu("venue.menu", 20));
    }

    @Override
    protected Node build() {
        return new FloorView(model, i18n);
    }

    /** The screen's model (for tests). */
    public FloorViewModel model() {
        return model;
    }

    /** Shows the floor window (a new one each time it was closed), read now and then on the timer. */
    public void open() {
        model.reload();
        if (dialog != null && dialog.isShowing()) {
            return;
        }
        dialog = new Dialog<>();
        Window parent = owner.get();
        dialog.initOwner(parent);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(i18n.get("floor.title"));
        dialog.getDialogPane().setContent(node());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("floor.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        if (parent != null && parent.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        dialog.setOnHidden(e -> refresh.stop());
        if (parent != null) {
            Dialog<ButtonType> shown = dialog;
            parent.showingProperty().addListener((seen, was, showing) -> {
                if (!showing) {
                    shown.close();
                }
            });
        }
        refresh.play();
        dialog.show();
    }

    /**
     * The timer's read, only while this floor window and the main window show: a window left behind by a
     * closed main window (whose database is closed) or by a language switch (whose screens were rebuilt)
     * stops its timer instead of reading.
     */
    private void reloadWhileShown() {
        Window parent = owner.get();
        if (dialog == null || !dialog.isShowing() || parent == null || !parent.isShowing()) {
            refresh.stop();
            return;
        }
        model.reload();
    }
}
