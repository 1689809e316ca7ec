package org.huiwu.model.live;

import java.util.UUID;

/**
 * One row of the change feed (decision 0031): something of a meeting that other laptops must show was stored.
 * Immutable.
 *
 * @param seq the feed's sequence number (ascending in order of writing, not always of committing)
 * @param meetingId the meeting the change belongs to
 * @param kind what changed: a tea record, a check-in, an incident, a checklist mark or the meeting's details
 * @param recordId the changed record where one is named, else null
 */
public record Change(long seq, UUID meetingId, String kind, UUID recordId) {
}
