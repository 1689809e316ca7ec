package org.huiwu.persistence;

/**
 * A seat-plan edit was refused because a seat it changes was changed by another window or laptop since it was
 * read (decision 0031); nothing was written. The caller reads the plan again and tells the editor. Immutable.
 */
public final class SeatChangedElsewhereException extends RuntimeException {

    private final String seatKey;

    public SeatChangedElsewhereException(String seatKey) {
        super("seat changed meanwhile: " + seatKey);
        this.seatKey = seatKey;
    }

    /** The first seat found changed. */
    public String seatKey() {
        return seatKey;
    }
}
