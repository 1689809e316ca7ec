package org.huiwu.model.checklists;

import java.util.List;
import java.util.UUID;

/**
 * A meeting's checklist as it stands: every item with its latest mark, by phase then position.
 * Immutable.
 */
public record MeetingChecklist(UUID meetingId, List<ChecklistLine> lines) {

    public MeetingChecklist {
        lines = List.copyOf(lines);
    }

    /** The lines of one phase, in order. */
    public List<ChecklistLine> of(ChecklistPhase phase) {
        return lines.stream().filter(l -> l.item().phase() == phase).toList();
    }

    /** How many items of the phase are settled (done or not applicable). */
    public int settled(ChecklistPhase phase) {
        return (int) of(phase).stream().filter(ChecklistLine::settled).count();
    }

    /** How many items the phase has. */
    public int total(ChecklistPhase phase) {
        return of(phase).size();
    }
}
