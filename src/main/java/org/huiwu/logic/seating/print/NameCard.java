package org.huiwu.logic.seating.print;

import java.util.Objects;

import org.huiwu.model.Attendee;

/**
 * One tent card (桌签): the seat it stands at, the name printed large, and the smaller second line
 * (organisation and position), which may be empty. Immutable.
 */
public record NameCard(String seatKey, String name, String detail) {

    public NameCard {
        Objects.requireNonNull(name, "name");
        seatKey = seatKey == null ? "" : seatKey;
        detail = detail == null ? "" : detail.strip();
    }

    /** The card of an attendee at a seat; the second line joins organisation and position. */
    public static NameCard of(String seatKey, Attendee attendee) {
        return new NameCard(seatKey, attendee.name().strip(),
                (attendee.organisation().strip() + " " + attendee.position().strip()).strip());
    }
}
