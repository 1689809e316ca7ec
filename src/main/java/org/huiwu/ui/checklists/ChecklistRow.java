package org.huiwu.ui.checklists;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.ui.control.CommittingField;

/**
 * One large checklist row for a finger: the tick button (✓ when done), the item's text with who and
 * when, the edit button and the not-applicable button. The state shows as a pseudo-class (open, done,
 * not-applicable) so the theme decides the colours. The edit button or a double-click on the text puts a field in
 * its place, which commits on Enter, Tab, a click elsewhere or a change of row and cancels on Esc
 * ({@link CommittingField}); a list read again meanwhile (another laptop's tick) keeps the field and the typing.
 * ↑/↓ on a row's button move to the same button of the next item. FX thread only.
 */
final class ChecklistRow extends ListCell<ChecklistLine> {

    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
    private static final double BUTTONS_WIDTH = 320;

    private final Button tick = new Button();
    private final Label text = new Label();
    private final Label marked = new Label();
    private final Button notApplicable = new Button();
    private final Button edit = new Button("\u270E");
    private final TextField editor = new TextField();
    private final VBox words;
    private final HBox row;
    private final ChecklistTexts texts;
    private final ChecklistItemEdits edits;
    /** The item as it was shown when editing began (the base of the version check); null when not editing. */
    private ChecklistItem editing;

    ChecklistRow(ChecklistsViewModel viewModel, ObservableValue<Number> listWidth) {
        this.texts = viewModel.texts();
        this.edits = viewModel.edits();
        tick.getStyleClass().add("checklist-tick");
        notApplicable.getStyleClass().add("checklist-na");
        notApplicable.setText(viewModel.texts().i18n().get("checklist.ui.notApplicable"));
        text.getStyleClass().add("checklist-text");
        text.setWrapText(true);
        marked.getStyleClass().add("checklist-marked");
        words = new VBox(2, text, marked);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(200, listWidth.getValue().doubleValue() - BUTTONS_WIDTH), listWidth));
        words.prefWidthProperty().bind(words.maxWidthProperty());
        edit.getStyleClass().add("checklist-edit");
        String editText = texts.i18n().get("checklist.ui.editText");
        edit.setTooltip(new Tooltip(editText));
        edit.setAccessibleText(editText);
        edit.setOnAction(e -> startEditing());
        text.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                startEditing();
            }
        });
        editor.getStyleClass().add("checklist-editor");
        CommittingField.install(editor, this::commitEditing, this::stopEditing);
        row = new HBox(12, tick, words, edit, notApplicable);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("checklist-row");
        tick.setOnAction(e -> {
            if (getItem() != null) {
                viewModel.marking().toggleDone(getItem());
            }
        });
        notApplicable.setOnAction(e -> {
            if (getItem() != null) {
                viewModel.marking().toggleNotApplicable(getItem());
            }
        });
        row.addEventFilter(KeyEvent.KEY_PRESSED, this::moveByArrow);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /**
     * ↑ and ↓ on a row's button move to the same button of the item above or below (Space then presses it),
     * never out of the list into the fields below it; at the first or last item they stay put.
     */
    private void moveByArrow(KeyEvent event) {
        int step = event.getCode() == KeyCode.DOWN ? 1 : event.getCode() == KeyCode.UP ? -1 : 0;
        if (step == 0 || editing != null || getItem() == null || getListView() == null) {
            return;
        }
        event.consume();
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        int column = focused == notApplicable ? 2 : focused == edit ? 1 : 0;
        ListView<ChecklistLine> list = getListView();
        int target = getIndex() + step;
        if (target < 0 || target >= list.getItems().size()) {
            return;
        }
        if (!focusRow(list, target, column)) {
            list.scrollTo(target);
            list.layout();
            focusRow(list, target, column);
        }
    }

    private static boolean focusRow(ListView<ChecklistLine> list, int index, int column) {
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ChecklistRow cell && cell.isVisible() && !cell.isEmpty() && cell.getIndex() == index
                    && cell.getGraphic() != null) {
                (column == 2 ? cell.notApplicable : column == 1 ? cell.edit : cell.tick).requestFocus();
                return true;
            }
        }
        return false;
    }

    private void startEditing() {
        if (getItem() == null || editing != null) {
            return;
        }
        editing = getItem().item();
        editor.setText(edits.editable(editing));
        words.getChildren().set(0, editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void commitEditing() {
        if (editing != null && edits.commit(editing, editor.getText())) {
            text.setText(texts.i18n().format("checklist.ui.line", editing.position(), editor.getText().strip()));
            stopEditing();
        }
    }

    private void stopEditing() {
        if (editing != null) {
            editing = null;
            words.getChildren().set(0, text);
        }
    }

    @Override
    protected void updateItem(ChecklistLine line, boolean empty) {
        super.updateItem(line, empty);
        if (editing != null && (empty || line == null || !line.item().id().equals(editing.id()))) {
            commitEditing();
            stopEditing();
        }
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
        edit.setId("checkEdit-" + key);
        editor.setId("checkText-" + key);
        MarkState state = line.state();
        tick.setText(switch (state) {
            case DONE -> "\u2713";
            case NOT_APPLICABLE -> "\u2013";
            case OPEN -> "";
        });
        if (editing == null) {
            text.setText(texts.i18n().format("checklist.ui.line", line.item().position(), texts.text(line.item())));
        }
        marked.setText(texts.marked(line));
        marked.setManaged(!marked.getText().isEmpty());
        marked.setVisible(marked.isManaged());
        pseudoClassStateChanged(OPEN, state == MarkState.OPEN);
        pseudoClassStateChanged(DONE, state == MarkState.DONE);
        pseudoClassStateChanged(NOT_APPLICABLE, state == MarkState.NOT_APPLICABLE);
        setGraphic(row);
    }
}
