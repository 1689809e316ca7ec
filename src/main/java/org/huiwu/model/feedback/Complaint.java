package org.huiwu.model.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One complaint (投诉) about the service of a meeting, as it stands at its version: when and how it came
 * in, from whom (unit, name, contact), its category and content, its status, who handled it, the actions
 * taken, the result and the complainant's response to it, and when it was closed (null until then).
 * Texts are never null. Immutable.
 */
public record Complaint(UUID id, UUID meetingId, Instant receivedAt, ComplaintChannel channel,
        String complainantUnit, String complainantName, String complainantContact, String category, String content,
        ComplaintStatus status, String handledBy, String actionsTaken, String result, String complainantResponse,
        Instant closedAt, String recordedBy, int version) {

    public Complaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        complainantUnit = text(complainantUnit);
        complainantName = text(complainantName);
        complainantContact = text(complainantContact);
        category = text(category);
        content = text(content);
        handledBy = text(handledBy);
        actionsTaken = text(actionsTaken);
        result = text(result);
        complainantResponse = text(complainantResponse);
        recordedBy = text(recordedBy);
    }

    /** The details a user edits, taken from this complaint. */
    public ComplaintDetails details() {
        return new ComplaintDetails(receivedAt, channel, complainantUnit, complainantName, complainantContact, category,
                content, handledBy, actionsTaken, result, complainantResponse);
    }

    /** This complaint with other details; status, times and version unchanged. */
    public Complaint withDetails(ComplaintDetails d) {
        return new Complaint(id, meetingId, d.receivedAt(), d.channel(), d.complainantUnit(), d.complainantName(),
                d.complainantContact(), d.category(), d.content(), status, d.handledBy(), d.actionsTaken(), d.result(),
                d.complainantResponse(), closedAt, recordedBy, version);
    }

    public Complaint withStatus(ComplaintStatus newStatus, Instant closed) {
        return new Complaint(id, meetingId, receivedAt, channel, complainantUnit, complainantName, complainantContact,
                category, content, newStatus, handledBy, actionsTaken, result, complainantResponse, closed, recordedBy,
                version);
    }

    public Complaint atVersion(int newVersion) {
        return new Complaint(id, meetingId, receivedAt, channel, complainantUnit, complainantName, complainantContact,
                category, content, status, handledBy, actionsTaken, result, complainantResponse, closedAt, recordedBy,
                newVersion);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
