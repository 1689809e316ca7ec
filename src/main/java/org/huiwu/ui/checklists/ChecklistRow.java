package org.huiwu.ui.checklists;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.MarkState;

/**
 * One large checklist row for a finger: the tick button (✓ when done), the item's text with who and
 * when, and the not-applicable button. The state shows as a pseudo-class (open, done, not-applicable) so
 * the theme decides the colours. FX thread only.
 */
final class ChecklistRow extends ListCell<ChecklistLine> {

    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
    private static final double BUTTONS_WIDTH = 260;

    private final Button tick = new Button();
    private final Label text = new Label();
    private final Label marked = new Label();
    private final Button notApplicable = new Button();
    private final HBox row;
    private final ChecklistTexts texts;

    ChecklistRow(ChecklistsViewModel viewModel, ObservableValue<Number> listWidth) {
        this.texts = viewModel.texts();
        tick.getStyleClass().add("checklist-tick");
        notApplicable.getStyleClass().add("checklist-na");
        notApplicable.setText(viewModel.texts().i18n().get("checklist.ui.notApplicable"));
        text.getStyleClass().add("checklist-text");
        text.setWrapText(true);
        marked.getStyleClass().add("checklist-marked");
        VBox words = new VBox(2, text, marked);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200, listWidth.getValue().doubleValue() - BUTTONS_WIDTH), listWidth));
        words.prefWidthProperty().bind(words.maxWidthProperty());
        row = new HBox(12, tick, words, notApplicable);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("checklist-row");
        tick.setOnAction(e -> {
            if (getItem() != null) {
                viewModel.toggleDone(getItem());
            }
        });
        notApplicable.setOnAction(e -> {
            if (getItem() != null) {
                viewModel.toggleNotApplicable(getItem());
            }
        });
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(ChecklistLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            pseudoClassStateChanged(OPEN, false);
            pseudoClassStateChanged(DONE, false);
            pseudoClassStateChanged(NOT_APPLICABLE, false);
            return;
        }
        String key = line.item().phase() + "-" + line.item().position();
        tick.setId("checkTick-" + key);
        notApplicable.setId("checkNa-" + key);
        MarkState state = line.state();
        tick.setText(switch (state) {
            case DONE -> "\u2713";
            case NOT_APPLICABLE -> "\u2013";
            case OPEN -> "";
        });
        text.setText(texts.i18n().format("checklist.ui.line", line.item().position(), texts.text(line.item())));
        marked.setText(texts.marked(line));
        marked.setManaged(!marked.getText().isEmpty());
        marked.setVisible(marked.isManaged());
        pseudoClassStateChanged(OPEN, state == MarkState.OPEN);
        pseudoClassStateChanged(DONE, state == MarkState.DONE);
        pseudoClassStateChanged(NOT_APPLICABLE, state == MarkState.NOT_APPLICABLE);
        setGraphic(row);
    }
}
