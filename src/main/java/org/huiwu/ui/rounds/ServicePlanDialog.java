package org.huiwu.ui.rounds;

import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;

import org.huiwu.i18n.I18n;

/**
 * The service plan dialog of the round board: shows the {@link ServicePlanEditorView} over the board's window, in
 * the board's stylesheets, and hands the edited plan to {@link RoundCommands#savePlan} when the attendant presses
 * OK. FX thread only.
 */
final class ServicePlanDialog {

    private ServicePlanDialog() {
    }

    /** Opens the dialog over {@code scene}'s window and waits for it; does nothing when no plan can be edited. */
    static void open(Scene scene, RoundBoardViewModel viewModel, RoundCommands commands, I18n i18n) {
        ServicePlanEditorViewModel editor = viewModel.planEditor();
        if (editor == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(scene.getWindow());
        dialog.setTitle(i18n.get("rounds.plan.title"));
        dialog.getDialogPane().setContent(new ScrollPane(
                new ServicePlanEditorView(editor, i18n, viewModel.services().roundLabels(),
                        viewModel.staffedNames())));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> commands.savePlan(editor.plan()));
    }
}
