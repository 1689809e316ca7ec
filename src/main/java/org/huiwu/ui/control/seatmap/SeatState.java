package org.huiwu.ui.control.seatmap;

import java.util.Locale;

import javafx.css.PseudoClass;

/**
 * A display state of one seat on the {@link SeatMap}. Each state is shown through the CSS
 * pseudo-class of the same name in kebab-case ({@code DUE_SOON} becomes {@code :due-soon}); the
 * colours live in {@code seat-map.css}. Several states may hold at once (a seat can be
 * {@code OCCUPIED}, {@code CHECKED_IN} and {@code SERVED}).
 *
 * <p>Immutable and thread-safe.
 */
public enum SeatState {
    /** No one is assigned to the seat. */
    EMPTY,
    /** Someone is assigned to the seat. */
    OCCUPIED,
    /** A search hit, or the next seat on the attendant's route. */
    HIGHLIGHTED,
    /** Chosen by the screen (the control also marks its own {@link SeatMap#selectedSeatIdProperty()}). */
    SELECTED,
    /** A seat that would accept what is being dragged. */
    DROP_TARGET,
    /** The occupant has arrived. */
    CHECKED_IN,
    /** The occupant is not coming. */
    ABSENT,
    /** The occupant is expected but late. */
    LATE,
    /** Tea round: not yet served. */
    NOT_SERVED,
    /** Tea round: served, nothing due. */
    SERVED,
    /** Tea round: a refill is due soon. */
    DUE_SOON,
    /** Tea round: the refill is overdue. */
    OVERDUE,
    /** Tea round: the occupant declined tea. */
    DECLINED,
    /** Tea round: do not approach (e.g. while speaking). */
    DO_NOT_DISTURB;

    private final String cssName = name().toLowerCase(Locale.ROOT).replace('_', '-');
    private final PseudoClass pseudoClass = PseudoClass.getPseudoClass(cssName);

    /** The pseudo-class name, e.g. {@code "due-soon"}. */
    public String cssName() {
        return cssName;
    }

    /** The CSS pseudo-class that shows this state. */
    public PseudoClass pseudoClass() {
        return pseudoClass;
    }
}
