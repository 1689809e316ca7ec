package org.huiwu.model.seating;

/**
 * Whether auto-assign seats an audience block by unit (单位, the attendee's organisation), and how
 * the units are laid out as seen facing the podium (domain.md §4.2, [C30]). Immutable, thread-safe.
 */
public enum UnitSections {
    /** No sections: the block fills by the plan's audience rule (the default). */
    OFF,
    /** Units one after another in rows, front row first, each row from the honoured side. */
    HORIZONTAL,
    /** Units one after another in columns, from the honoured side, each column front to back. */
    VERTICAL
}
