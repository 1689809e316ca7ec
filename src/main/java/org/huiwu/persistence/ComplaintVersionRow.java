package org.huiwu.persistence;

import java.time.Instant;
import java.util.UUID;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.ComplaintVersion;

/** One {@code complaint_version} row as read by Jdbi's constructor mapper. Immutable. */
public record ComplaintVersionRow(UUID complaintId, int version, UUID meetingId, Instant receivedAt,
        ComplaintChannel channel, String complainantUnit, String complainantName, String complainantContact,
        String category, String content, ComplaintStatus status, String handledBy, String actionsTaken, String result,
        String complainantResponse, Instant closedAt, String recordedBy, Instant changedAt, String changedBy,
        ComplaintChange changeKind) {

    ComplaintVersion toVersion() {
        return new ComplaintVersion(new Complaint(complaintId, meetingId, receivedAt, channel, complainantUnit,
                complainantName, complainantContact, category, content, status, handledBy, actionsTaken, result,
                complainantResponse, closedAt, recordedBy, version), changedAt, changedBy, changeKind);
    }
}
