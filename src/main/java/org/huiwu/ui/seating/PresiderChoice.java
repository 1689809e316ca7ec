package org.huiwu.ui.seating;

import java.util.UUID;

/**
 * One entry of the presider list in the block dialog: an attendee, or ({@code attendeeId} null) the
 * suggestion, which follows the precedence list when it changes. Immutable.
 */
public record PresiderChoice(UUID attendeeId, String text) {

    @Override
    public String toString() {
        return text;
    }
}
