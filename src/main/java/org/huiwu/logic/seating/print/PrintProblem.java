package org.huiwu.logic.seating.print;

/** Why a seating printout could not be made; each value names its message key. Immutable, thread-safe. */
public enum PrintProblem {
    /** No usable Chinese TrueType font was found. {0} the places that were tried. */
    FONT_NOT_FOUND("seating.print.problem.fontNotFound"),
    /** The font file exists but cannot be read. {0} the font file. */
    FONT_UNREADABLE("seating.print.problem.fontUnreadable"),
    /** A name-card size does not fit on the sheet. {0} panel width in mm, {1} panel height in mm. */
    CARD_TOO_LARGE("seating.print.problem.cardTooLarge");

    private final String messageKey;

    PrintProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
