package org.huiwu.ui.control;

import java.util.List;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Where Tab and Shift+Tab take an edit in a table row: to the nearest visible editable column after or before the
 * one being edited, none past the row's ends (the edit then just ends). Stateless; the table is FX thread only.
 */
final class TabOrder {

    private TabOrder() {
    }

    /** The next editable visible column {@code step} (1 or -1) away from {@code from}, or null when there is none. */
    static <S> TableColumn<S, ?> next(TableView<S> table, TableColumn<S, ?> from, int step) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        for (int i = columns.indexOf(from) + step; i >= 0 && i < columns.size(); i += step) {
            if (columns.get(i).isEditable()) {
                return columns.get(i);
            }
        }
        return null;
    }
}
