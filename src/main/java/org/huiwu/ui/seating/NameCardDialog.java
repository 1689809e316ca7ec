package org.huiwu.ui.seating;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.NameCardLayout;

/**
 * Opens the name-card print dialog from the seating screen with the remembered size; OK checks the
 * size and goes on to the file choice, a bad size keeps the dialog open with its message. FX thread only.
 */
final class NameCardDialog {

    private NameCardDialog() {
    }

    static void open(Node owner, SeatingExports exports, boolean changedOnly, I18n i18n) {
        exports.rememberedNameCardLayout(remembered -> {
            NameCardOptionsViewModel options = new NameCardOptionsViewModel(remembered, changedOnly, i18n);
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(owner.getScene().getWindow());
            dialog.setTitle(i18n.get("seating.cards.dialog"));
            dialog.getDialogPane().setContent(new NameCardOptionsView(options, i18n));
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
                NameCardLayout layout = options.layout();
                if (layout == null) {
                    event.consume();
                } else {
                    dialog.setOnHidden(hidden -> exports.nameCards(options.changedOnlyProperty().get(), layout));
                }
            });
            dialog.show();
        });
    }
}
