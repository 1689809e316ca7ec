package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of the handling procedure of an incident type: numbered steps, the illustrated guide to
 * link to (empty when none) and who saved this version when. A procedure keeps its id across versions;
 * an incident names the (id, version) it was handled with, so editing a procedure never changes the
 * steps of an older incident. Immutable.
 */
public record Procedure(
        UUID id,
        IncidentType type,
        int version,
        String relatedGuideId,
        List<ProcedureStep> steps,
        Instant savedAt,
        String savedBy) {

    public Procedure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(savedAt, "savedAt");
        relatedGuideId = relatedGuideId == null ? "" : relatedGuideId;
        steps = List.copyOf(steps);
        savedBy = savedBy == null ? "" : savedBy;
    }

    /** The step numbered {@code number}, if this version has it. */
    public Optional<ProcedureStep> step(int number) {
        return steps.stream().filter(s -> s.number() == number).findFirst();
    }

    /** The roles this procedure says to notify, in step order without repeats. */
    public List<ContactRole> rolesToNotify() {
        return steps.stream().map(ProcedureStep::notifyRole).filter(Objects::nonNull).distinct().toList();
    }
}
