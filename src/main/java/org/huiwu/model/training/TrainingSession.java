package org.huiwu.model.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded staff training session: who trained, on which day, which procedure guides were covered
 * (by guide id, in the order presented) and which staff took part. The basis of the staff training
 * records the checklists consult. Immutable; safe to share between threads.
 */
public record TrainingSession(
        UUID id,
        String trainer,
        LocalDate date,
        List<String> guideIds,
        List<String> trainees,
        String notes) {

    public TrainingSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(date, "date");
        guideIds = List.copyOf(guideIds);
        trainees = List.copyOf(trainees);
        notes = notes == null ? "" : notes;
    }

    /** True when {@code name} took part (names compared as written, surrounding blanks ignored). */
    public boolean trained(String name) {
        return name != null && trainees.contains(name.strip());
    }
}
