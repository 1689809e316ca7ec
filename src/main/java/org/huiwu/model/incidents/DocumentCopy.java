package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One numbered copy of a classified document issued to a named attendee at a confidential meeting:
 * when it was issued, whether (and when) the attendee signed for it, and when it came back (null while
 * it is still out). Immutable.
 */
public record DocumentCopy(UUID id, UUID meetingId, String title, int copyNumber, UUID issuedTo, Instant issuedAt,
        Instant signedAt, Instant recoveredAt, String recoveredBy) {

    public DocumentCopy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issuedTo, "issuedTo");
        Objects.requireNonNull(issuedAt, "issuedAt");
        recoveredBy = recoveredBy == null ? "" : recoveredBy;
    }

    public boolean signed() {
        return signedAt != null;
    }

    /** Whether the copy is still out (not recovered). */
    public boolean outstanding() {
        return recoveredAt == null;
    }
}
