package org.huiwu.ui.control;

import java.util.function.Function;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * What a {@link CommittingCell} shows while it is not being edited: the value, or the text its column kept for the
 * row ({@link CellDrafts}), marked {@code :invalid} with the reason as tooltip while that text or the row's own mark
 * says it cannot be saved; it follows the mark of whichever row the cell shows now. FX thread only.
 *
 * @param <S> the row type
 * @param <T> the cell's value type
 */
public abstract class MarkedCell<S, T> extends TableCell<S, T> {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    final StringConverter<T> converter;
    final CellDrafts<S> drafts;
    private final Function<S, ObservableStringValue> marks;
    private final InvalidationListener remark = changed -> showMark();
    private ObservableStringValue watched;

    MarkedCell(StringConverter<T> converter, CellDrafts<S> drafts, Function<S, ObservableStringValue> marks) {
        this.converter = converter;
        this.drafts = drafts;
        this.marks = marks;
    }

    /** Shows the value (or the row's kept text) and its mark, out of editing. */
    final void show() {
        setGraphic(null);
        if (isEmpty()) {
            setText(null);
            watch(null);
            showProblem(null);
            return;
        }
        S row = rowItem();
        watch(row);
        String[] draft = drafts.of(row);
        setText(draft != null ? draft[0] : converter.toString(getItem()));
        showProblem(draft == null ? rowMark() : draft[1]);
    }

    /** Follows the mark of the row this cell shows now. */
    private void watch(S row) {
        ObservableStringValue mark = row == null ? null : marks.apply(row);
        if (mark != watched) {
            if (watched != null) {
                watched.removeListener(remark);
            }
            watched = mark;
            if (mark != null) {
                mark.addListener(remark);
            }
        }
    }

    private void showMark() {
        String[] draft = drafts.of(rowItem());
        if (draft == null) {
            showProblem(rowMark());
        }
    }

    /** The reason the row's text cannot be saved, or null. */
    final String rowMark() {
        if (watched == null) {
            return null;
        }
        String mark = watched.get();
        return mark == null || mark.isEmpty() ? null : mark;
    }

    /** Marks the cell, with the reason as tooltip, or clears the mark when {@code problem} is null. */
    void showProblem(String problem) {
        pseudoClassStateChanged(INVALID, problem != null);
        setTooltip(problem == null ? null : new Tooltip(problem));
    }

    final S rowItem() {
        TableView<S> table = getTableView();
        int index = getIndex();
        return table == null || index < 0 || index >= table.getItems().size() ? null : table.getItems().get(index);
    }
}
