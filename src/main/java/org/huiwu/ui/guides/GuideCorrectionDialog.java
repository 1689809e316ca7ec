package org.huiwu.ui.guides;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;

/**
 * The supervisor's dialog to correct one guide step's texts (caption, key points, common mistakes, in
 * Chinese and English side by side) and name who corrected them. OK saves the next text version and
 * closes only once saved; a refused correction stays open with the reason. Binds to
 * {@link StepCorrection}. FX thread only.
 */
final class GuideCorrectionDialog {

    private GuideCorrectionDialog() {
    }

    static void show(StepCorrection model, I18n i18n, Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints column = new ColumnConstraints(260, 320, Double.MAX_VALUE);
        column.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, column, column);
        grid.addRow(0, new Label(), new Label(i18n.get("sources.guide.chinese")),
                new Label(i18n.get("sources.guide.english")));
        grid.addRow(1, new Label(i18n.get("sources.guide.caption")),
                field(new TextField(), model.captionZhProperty(), "correctCaptionZh"),
                field(new TextField(), model.captionEnProperty(), "correctCaptionEn"));
        grid.addRow(2, new Label(i18n.get("sources.guide.keyPoints")),
                area(model.keyPointsZhProperty(), "correctKeyPointsZh"), area(model.keyPointsEnProperty(), "correctKeyPointsEn"));
        grid.addRow(3, new Label(i18n.get("sources.guide.mistakes")),
                area(model.mistakesZhProperty(), "correctMistakesZh"), area(model.mistakesEnProperty(), "correctMistakesEn"));
        grid.addRow(4, new Label(i18n.get("sources.guide.correctedBy")),
                field(new TextField(), model.correctedByProperty(), "correctBy"));
        Label note = new Label(i18n.get("sources.guide.correctNote"));
        note.setWrapText(true);
        grid.add(note, 0, 5, 3, 1);
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(model.correctionProblemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(model.correctionProblemProperty()));
        grid.add(problem, 0, 6, 3, 1);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.format("sources.guide.correctTitle", model.correctingStep()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("correctSaveButton");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.saveCorrection(dialog::close);
        });
        dialog.show();
    }

    private static Node area(StringProperty text, String id) {
        TextArea area = new TextArea();
        area.setPrefRowCount(4);
        area.setWrapText(true);
        return field(area, text, id);
    }

    private static Node field(TextInputControl control, StringProperty text, String id) {
        control.setId(id);
        control.textProperty().bindBidirectional(text);
        return control;
    }
}
