package org.huiwu.logic.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.incidents.DocumentCopy;
import org.huiwu.model.incidents.Incident;

/**
 * The close of a meeting's document recovery: when and by whom, the copies still out at that moment
 * (or now, when read back later) and the lost-document incident raised for them, if any. Immutable.
 */
public record RecoveryClosing(UUID meetingId, Instant closedAt, String closedBy, List<DocumentCopy> missing,
        Optional<Incident> lostDocuments) {

    public RecoveryClosing {
        missing = List.copyOf(missing);
    }

    /** Whether every copy came back. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
