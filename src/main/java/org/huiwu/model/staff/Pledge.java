package org.huiwu.model.staff;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed confidentiality pledge (保密承诺书, annex F): valid from the day it was signed to
 * {@code validUntil}, both inclusive. Immutable.
 */
public record Pledge(UUID id, UUID staffId, LocalDate signedOn, LocalDate validUntil, String notes, String recordedBy) {

    public Pledge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        notes = StaffPost.text(notes);
        recordedBy = StaffPost.text(recordedBy);
    }

    /** Whether the pledge holds on that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(signedOn) && !day.isAfter(validUntil);
    }
}
