package org.huiwu.ui.rounds;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;

/**
 * The pours stored from this round board since the meeting was opened, the latest last, and the text of
 * the undo that would take the latest back ("撤销 李文华 的续水" in the bundle), empty when there is none.
 * FX thread only.
 */
final class PourUndo {

    private final Deque<String> poured = new ArrayDeque<>();
    private final StringProperty text = new SimpleStringProperty(this, "undoPourText", "");
    private final I18n i18n;
    private final Function<String, String> nameOrSeat;

    PourUndo(I18n i18n, Function<String, String> nameOrSeat) {
        this.i18n = i18n;
        this.nameOrSeat = nameOrSeat;
    }

    /** Forgets every pour (another meeting was opened). */
    void clear() {
        poured.clear();
        show();
    }

    /** A pour at {@code seatKey} was stored from this board (or its undo failed and it stays). */
    void poured(String seatKey) {
        poured.addLast(seatKey);
        show();
    }

    /** Takes the latest pour off the list; null when there is none. */
    String takeLast() {
        String seat = poured.pollLast();
        show();
        return seat;
    }

    private void show() {
        String seat = poured.peekLast();
        text.set(seat == null ? "" : i18n.format("rounds.board.undoPour", nameOrSeat.apply(seat)));
    }

    ReadOnlyStringProperty textProperty() {
        return text;
    }
}
