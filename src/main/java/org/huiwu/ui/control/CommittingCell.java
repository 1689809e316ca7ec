package org.huiwu.ui.control;

import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

/**
 * A table cell edited in a text field that keeps what was typed: the edit is committed on Enter, Tab,
 * Shift+Tab, a click elsewhere, a row, tab or meeting change and the window losing focus; only Esc
 * cancels. Tab and Shift+Tab then edit the next or previous editable cell of the row ({@link TabOrder}). A text that cannot
 * be saved (its {@link Check} gives a reason) stays in the cell, marked {@code :invalid}, with the reason
 * as tooltip, until it is corrected or Esc drops it. A column whose rows hold their own check (a mark that
 * the row sets when the committed text cannot be saved) shows that mark the same way. JavaFX's {@code TextFieldTableCell} instead drops the
 * text on focus loss. The commit goes to the {@code commit} callback with the row as it was when editing
 * started, so a list reloaded meanwhile cannot send the value to another row. What the cell shows out of editing,
 * and its marks, are {@link MarkedCell}'s. FX thread only.
 *
 * @param <S> the row type
 * @param <T> the cell's value type
 */
public class CommittingCell<S, T> extends MarkedCell<S, T> {

    /** Says why a typed text cannot be saved, or null when it can. */
    @FunctionalInterface
    public interface Check {
        String problemOf(String text);
    }

    private final Check check;
    private final BiConsumer<S, T> commit;
    private TextField field;
    private S editedRow;
    private String startText;
    private boolean finishing;

    public CommittingCell(StringConverter<T> converter, Check check, BiConsumer<S, T> commit, CellDrafts<S> drafts) {
        this(converter, check, commit, drafts, row -> null);
    }

    private CommittingCell(StringConverter<T> converter, Check check, BiConsumer<S, T> commit, CellDrafts<S> drafts,
            Function<S, ObservableStringValue> marks) {
        super(converter, drafts, marks);
        this.check = check;
        this.commit = commit;
        getStyleClass().add("committing-cell");
    }

    /**
     * Text cells whose row keeps the typed text and checks it itself: {@code commit} receives every text,
     * and the cell is marked, with the reason as tooltip, while {@code mark} of its row is not empty.
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forMarkedText(
            BiConsumer<S, String> commit, Function<S, ObservableStringValue> mark) {
        CellDrafts<S> drafts = new CellDrafts<>(row -> row);
        return column -> new CommittingCell<>(new DefaultStringConverter(), text -> null, commit, drafts, mark);
    }

    /** Text cells of a column: every text can be saved; {@code commit} receives the row and the typed text. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> forText(BiConsumer<S, String> commit) {
        CellDrafts<S> drafts = new CellDrafts<>(row -> row);
        return column -> new CommittingCell<>(new DefaultStringConverter(), text -> null, commit, drafts);
    }

    /** Cells whose text is first checked; a refused text stays marked in the cell of its row (by {@code key}). */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> forValues(StringConverter<T> converter,
            Check check, Function<S, Object> key, BiConsumer<S, T> commit) {
        CellDrafts<S> drafts = new CellDrafts<>(key);
        return column -> new CommittingCell<>(converter, check, commit, drafts);
    }

    @Override
    public void startEdit() {
        if (!isEditable() || getTableView() == null || !getTableView().isEditable()
                || getTableColumn() == null || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editedRow = rowItem();
        String[] draft = drafts.of(editedRow);
        startText = converter.toString(getItem());
        field = new TextField(draft != null ? draft[0] : startText);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing() && !finishing) {
                cancelEdit();
            }
        });
        showProblem(draft == null ? rowMark() : draft[1]);
        setText(null);
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            drafts.drop(editedRow);
            finishing = true;
            super.cancelEdit();
            finishing = false;
            show();
        } else if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            commitTyped();
        } else if (event.getCode() == KeyCode.TAB) {
            event.consume();
            int row = getIndex();
            TableView<S> table = getTableView();
            TableColumn<S, ?> next = TabOrder.next(table, getTableColumn(), event.isShiftDown() ? -1 : 1);
            if (commitTyped() && next != null && table != null) {
                table.layout();
                table.edit(row, next);
            }
        }
    }

    /** Commits the typed text through the normal path; false (and the cell stays in edit) when it is refused. */
    private boolean commitTyped() {
        String text = field.getText();
        String problem = check.problemOf(text);
        if (problem != null) {
            showProblem(problem);
            return false;
        }
        drafts.drop(editedRow);
        T value = converter.fromString(text);
        finishing = true;
        commit.accept(editedRow, value);
        super.commitEdit(value);
        finishing = false;
        show();
        return true;
    }

    @Override
    public void commitEdit(T value) {
        finishing = true;
        if (isEditing()) {
            drafts.drop(editedRow);
            commit.accept(editedRow, value);
        }
        super.commitEdit(value);
        finishing = false;
    }

    /** Ends an edit that was not ended by Enter, Tab or Esc (focus left, another row, a reload): keeps the text. */
    @Override
    public void cancelEdit() {
        if (!isEditing() || finishing) {
            super.cancelEdit();
            return;
        }
        finishing = true;
        String text = field.getText();
        String problem = check.problemOf(text);
        if (problem != null) {
            drafts.keep(editedRow, text, problem);
        } else if (!text.equals(startText) || drafts.of(editedRow) != null) {
            drafts.drop(editedRow);
            commit.accept(editedRow, converter.fromString(text));
        }
        super.cancelEdit();
        finishing = false;
        show();
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing() && field != null && !empty) {
            return;
        }
        show();
    }

    @Override
    void showProblem(String problem) {
        super.showProblem(problem);
        if (field != null) {
            field.pseudoClassStateChanged(INVALID, problem != null);
            field.setTooltip(problem == null ? null : new Tooltip(problem));
        }
    }
}
