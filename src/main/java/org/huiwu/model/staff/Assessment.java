package org.huiwu.model.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One assessment of one person on one day, at a meeting ({@code meetingId}) or for the day's work (null):
 * the form version it was made with and the score of each of that version's items, copied with the item
 * so the record reads the same after the form changes. Version {@link #FORM_NOT_KEPT} (no form has it) marks one
 * scored during a venue-server outage on a form version made on that laptop and refused when sent (decision 0048):
 * its own items and scores stand, but no stored form is its form. Immutable.
 */
public record Assessment(UUID id, UUID staffId, String staffName, LocalDate day, UUID meetingId, int templateVersion,
        List<Score> scores, String assessor, String notes) {

    /** The form version of an assessment made on a version that was not kept (the form starts at version 1). */
    public static final int FORM_NOT_KEPT = 0;

    /** The points one item was given, with the item as it stood. */
    public record Score(AssessmentItem item, int score) {
    }

    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(day, "day");
        staffName = StaffPost.text(staffName);
        scores = List.copyOf(scores);
        assessor = StaffPost.text(assessor);
        notes = StaffPost.text(notes);
    }

    /** Whether a stored form version is the one it was scored on (false: see {@link #FORM_NOT_KEPT}). */
    public boolean formKept() {
        return templateVersion != FORM_NOT_KEPT;
    }

    /** The same assessment marked as made on a form version that was not kept. */
    public Assessment onFormNotKept() {
        return new Assessment(id, staffId, staffName, day, meetingId, FORM_NOT_KEPT, scores, assessor, notes);
    }

    public int total() {
        return scores.stream().mapToInt(Score::score).sum();
    }

    public int maxTotal() {
        return scores.stream().mapToInt(s -> s.item().maxScore()).sum();
    }

    /** The total as a percentage of the most the form gave (0 when the form gave nothing). */
    public double percent() {
        return maxTotal() == 0 ? 0 : 100.0 * total() / maxTotal();
    }
}
