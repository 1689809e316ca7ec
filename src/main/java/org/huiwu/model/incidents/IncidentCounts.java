package org.huiwu.model.incidents;

import java.util.UUID;

/**
 * The incident counts of one meeting, voided incidents left out: all, those still open or being
 * handled, and the severe ones. Immutable.
 */
public record IncidentCounts(UUID meetingId, int total, int unresolved, int severe) {

    /** The counts of a meeting without incidents. */
    public static IncidentCounts none(UUID meetingId) {
        return new IncidentCounts(meetingId, 0, 0, 0);
    }
}
