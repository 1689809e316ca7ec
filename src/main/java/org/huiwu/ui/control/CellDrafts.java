package org.huiwu.ui.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The texts of one table column that could not be saved, each with the reason, by row key; shared by the
 * column's {@link CommittingCell}s so that a refused text stays with its row while cells are reused for other rows.
 * FX thread only.
 *
 * @param <S> the row type
 */
public final class CellDrafts<S> {

    private final Function<S, Object> key;
    private final Map<Object, String[]> byRow = new HashMap<>();

    public CellDrafts(Function<S, Object> key) {
        this.key = key;
    }

    void keep(S row, String text, String problem) {
        byRow.put(key.apply(row), new String[] {text, problem});
    }

    void drop(S row) {
        byRow.remove(key.apply(row));
    }

    String[] of(S row) {
        return row == null ? null : byRow.get(key.apply(row));
    }
}
