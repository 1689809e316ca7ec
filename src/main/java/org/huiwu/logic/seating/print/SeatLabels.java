package org.huiwu.logic.seating.print;

import java.util.Objects;

import org.huiwu.i18n.I18n;
import org.huiwu.i18n.ModelLabels;
import org.huiwu.model.Side;
import org.huiwu.model.seating.PlannedSeat;

/**
 * The names of seats in the user's language: a full label for lists and name cards ("主席台 第1排
 * 4号", "3排5号", "2号桌 6座", "会谈桌 客方 1号", "会谈桌 主方译员") and a short label for the small
 * boxes of a seat chart or map. Rows and numbers are those of {@link PlannedSeat}: at talks the row
 * is the table side, at round tables the table, at U-shape and hollow-square tables the part of the table (1 head,
 * 2 and 3 the arms, 4 the foot). Immutable and thread-safe.
 */
public final class SeatLabels {

    private final I18n i18n;

    public SeatLabels(I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** The full label of a seat. */
    public String label(PlannedSeat seat) {
        if (seat.interpreter()) {
            return i18n.format("seating.seatLabel.interpreter", i18n.get(ModelLabels.key(seat.blockKind())),
                    side(seat.party()));
        }
        int row = seat.row();
        int n = seat.number();
        return switch (seat.blockKind()) {
            case PODIUM -> i18n.format("seating.seatLabel.podium", row, n);
            case AUDIENCE -> i18n.format("seating.seatLabel.audience", row, n);
            case TALKS -> i18n.format("seating.seatLabel.talks", side(seat.party()), n);
            case ROUND_TABLES -> i18n.format("seating.seatLabel.roundTable", row, n);
            case RECEPTION -> i18n.format("seating.seatLabel.reception", side(seat.party()), n);
            case SIGNING -> i18n.format("seating.seatLabel.signing", side(seat.party()));
            case U_SHAPE -> i18n.format("seating.seatLabel.uShape", part(row), n);
            case HOLLOW_SQUARE -> i18n.format("seating.seatLabel.hollowSquare", part(row), n);
        };
    }

    /** A label of a few characters for a small seat box. */
    public String shortLabel(PlannedSeat seat) {
        if (seat.interpreter()) {
            return i18n.format("seating.seatLabel.short.interpreter", shortSide(seat.party()));
        }
        int row = seat.row();
        int n = seat.number();
        return switch (seat.blockKind()) {
            case PODIUM -> i18n.format("seating.seatLabel.short.podium", row, n);
            case TALKS, RECEPTION -> i18n.format("seating.seatLabel.short.party", shortSide(seat.party()), n);
            case SIGNING -> shortSide(seat.party());
            case AUDIENCE -> i18n.format("seating.seatLabel.short.audience", row, n);
            case ROUND_TABLES, U_SHAPE, HOLLOW_SQUARE -> i18n.format("seating.seatLabel.short.rowSeat", row, n);
        };
    }

    private String side(Side side) {
        return switch (side) {
            case HOST -> i18n.get("seating.seatLabel.side.host");
            case GUEST -> i18n.get("seating.seatLabel.side.guest");
            case NONE -> i18n.get("seating.seatLabel.side.open");
        };
    }

    private String shortSide(Side side) {
        return switch (side) {
            case HOST -> i18n.get("seating.seatLabel.side.short.host");
            case GUEST -> i18n.get("seating.seatLabel.side.short.guest");
            case NONE -> i18n.get("seating.seatLabel.side.short.open");
        };
    }

    private String part(int row) {
        return switch (row) {
            case 1 -> i18n.get("seating.seatLabel.part.head");
            case 4 -> i18n.get("seating.seatLabel.part.foot");
            default -> i18n.format("seating.seatLabel.part.arm", row - 1);
        };
    }
}
