package org.huiwu.model.privacy;

import java.time.Instant;
import java.util.UUID;

/** One export of a 涉密 meeting, as logged: who, when, which meeting, which format, to which sealed file. */
public record ConfidentialExport(UUID id, UUID meetingId, String meetingTitle, String exportedBy, Instant exportedAt,
        String format, String destination) {
}
