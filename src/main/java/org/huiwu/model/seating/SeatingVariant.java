package org.huiwu.model.seating;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The disputed or unconfirmed readings of seating.md §3 that the engine can apply on request.
 * None is on by default. Each keeps the digest's code ("V1"…) so plans and settings can cite it.
 * V3 is a labelling error in a source, not a rule, and V5 is {@link Convention#FOREIGN_AFFAIRS},
 * so neither appears here. Immutable, thread-safe.
 */
public enum SeatingVariant {
    /** V1: for an even podium row No.1 takes the centre seat on the leaders' own left (AUD N=4: 4 2 1 3). */
    EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT("V1", true),
    /** V2: with exactly two leaders No.1 sits on the leaders' own left (AUD: 2 1). */
    TWO_LEADERS_NUMBER_ONE_ON_LEADERS_LEFT("V2", true),
    /** V4: at talks across the door the host side faces the door and the guests sit with backs to it. */
    HOST_FACES_DOOR("V4", false);

    private final String code;
    private final boolean podium;

    SeatingVariant(String code, boolean podium) {
        this.code = code;
        this.podium = podium;
    }

    /** The digest's identifier, e.g. {@code "V1"}. */
    public String code() {
        return code;
    }

    /** Whether this variant changes podium rows (otherwise it concerns another layout). */
    public boolean appliesToPodium() {
        return podium;
    }

    /**
     * Looks a variant up by its code, ignoring case.
     *
     * @throws IllegalArgumentException naming the known codes when the code is unknown
     */
    public static SeatingVariant fromCode(String code) {
        String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(v -> v.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown seating variant '" + code
                        + "'; known variants: " + Arrays.stream(values())
                        .map(SeatingVariant::code).collect(Collectors.joining(", "))));
    }
}
