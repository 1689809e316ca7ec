package org.huiwu.model.flow;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the flow keeps for one meeting beside its stage: whether it has a video link, the patrol interval
 * in minutes, the phones stored at a classified meeting (counted in and out; null until counted) and who
 * approved its attendee list and when. Immutable.
 */
public record MeetingFlow(UUID meetingId, boolean videoLink, int patrolMinutes, Integer phonesIn, Integer phonesOut,
        String listApprovedBy, Instant listApprovedAt, Instant changedAt, String changedBy) {

    public MeetingFlow {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(changedAt, "changedAt");
        listApprovedBy = listApprovedBy == null ? "" : listApprovedBy;
        changedBy = changedBy == null ? "" : changedBy;
    }

    public MeetingFlow withVideoLink(boolean on, int minutes, Instant at, String by) {
        return new MeetingFlow(meetingId, on, minutes, phonesIn, phonesOut, listApprovedBy, listApprovedAt, at, by);
    }

    public MeetingFlow withPhones(Integer in, Integer out, Instant at, String by) {
        return new MeetingFlow(meetingId, videoLink, patrolMinutes, in, out, listApprovedBy, listApprovedAt, at, by);
    }

    public MeetingFlow approved(String approver, Instant at, String by) {
        return new MeetingFlow(meetingId, videoLink, patrolMinutes, phonesIn, phonesOut, approver, at, at, by);
    }
}
