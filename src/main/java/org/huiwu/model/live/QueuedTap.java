package org.huiwu.model.live;

import java.time.Instant;
import java.util.UUID;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;

/**
 * A tea tap made while the venue server could not be reached, waiting in this laptop's outbox (decision 0031):
 * sent later with its own id and the time it was made, so a second sending is recognised and nothing is doubled.
 * Immutable.
 *
 * @param position the order of queueing (ascending); 0 before it is queued
 * @param id the tea record's id, the same on the server once sent
 * @param meetingId the meeting
 * @param seatKey the seat tapped
 * @param attendeeId the occupant, or null
 * @param attendant who tapped
 * @param occurredAt when the seat was served
 */
public record QueuedTap(long position, UUID id, UUID meetingId, String seatKey, UUID attendeeId, String attendant,
        Instant occurredAt) {

    /**
     * The tea record this tap shows as until it is sent: a refill at the seat, by the attendant, at its time; the
     * server's log decides first pour or refill when it is sent.
     */
    public ServiceEvent asShown() {
        return new ServiceEvent(id, meetingId, seatKey, attendeeId, attendant, ServiceEventKind.REFILL, null, "", 0,
                occurredAt, occurredAt);
    }
}
