package org.huiwu.model.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One assessment of one person on one day, at a meeting ({@code meetingId}) or for the day's work (null):
 * the form version it was made with and the score of each of that version's items, copied with the item
 * so the record reads the same after the form changes. Immutable.
 */
public record Assessment(UUID id, UUID staffId, String staffName, LocalDate day, UUID meetingId, int templateVersion,
        List<Score> scores, String assessor, String notes) {

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
