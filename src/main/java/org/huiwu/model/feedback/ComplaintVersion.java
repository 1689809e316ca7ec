package org.huiwu.model.feedback;

import java.time.Instant;
import java.util.Objects;

/** One version of a complaint: its full values then, when and by whom it was written, and what changed. Immutable. */
public record ComplaintVersion(Complaint complaint, Instant changedAt, String changedBy, ComplaintChange kind) {

    public ComplaintVersion {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(kind, "kind");
        changedBy = changedBy == null ? "" : changedBy;
    }

    public int number() {
        return complaint.version();
    }
}
