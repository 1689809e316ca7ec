package org.huiwu.ui.common;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The window beside the main one in which a screen with no tab of its own shows (the venue window, the venue
 * floor; decision 0022): not modal, resizable, with the main window's style sheets (and the screen's own), one
 * close button, a new window each time it was closed (a window closed by its frame leaves the old dialog
 * unusable), and closed with the main window. {@link #showing()} is what a screen asks before it reads again for
 * the window: only while this window and the main window show. FX thread only.
 */
public final class SideWindow {

    private final Supplier<Window> owner;
    private final String title;
    private final String closeText;
    private final List<String> styleSheets;
    private Dialog<ButtonType> dialog;

    /** @param styleSheets the screen's own style sheets, added after the main window's */
    public SideWindow(Supplier<Window> owner, String title, String closeText, List<String> styleSheets) {
        this.owner = owner;
        this.title = title;
        this.closeText = closeText;
        this.styleSheets = List.copyOf(styleSheets);
    }

    /** Shows the window with {@code content} unless it shows already; returns whether a new window opened. */
    public boolean show(Node content) {
        if (dialog != null && dialog.isShowing()) {
            return false;
        }
        Window parent = owner.get();
        Dialog<ButtonType> made = new Dialog<>();
        made.initOwner(parent);
        made.initModality(Modality.NONE);
        made.setResizable(true);
        made.setTitle(title);
        made.getDialogPane().setContent(content);
        made.getDialogPane().getButtonTypes().setAll(new ButtonType(closeText, ButtonBar.ButtonData.CANCEL_CLOSE));
        if (parent != null && parent.getScene() != null) {
            made.getDialogPane().getStylesheets().setAll(parent.getScene().getStylesheets());
        }
        made.getDialogPane().getStylesheets().addAll(styleSheets);
        if (parent != null) {
            parent.showingProperty().addListener((seen, was, showing) -> {
                if (!showing) {
                    made.close();
                }
            });
        }
        dialog = made;
        made.show();
        return true;
    }

    /** Whether this window and the main window both show (a window left by a closed main window does not). */
    public boolean showing() {
        Window parent = owner.get();
        return dialog != null && dialog.isShowing() && parent != null && parent.isShowing();
    }

    /** Closes the window if it shows. */
    public void close() {
        if (dialog != null) {
            dialog.close();
        }
    }

    /** The window's dialog while it exists (tests), or null. */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
