package org.huiwu.model.checklists;

/**
 * The three stages of meeting service a checklist covers: before (会前, annex O), during (会中, annex Q)
 * and after the meeting (会后, annex S). The constant carries the bundle keys of its label and of its
 * progress line.
 */
public enum ChecklistPhase {
    BEFORE("checklist.phase.before", "checklist.progress.before"),
    DURING("checklist.phase.during", "checklist.progress.during"),
    AFTER("checklist.phase.after", "checklist.progress.after");

    private final String labelKey;
    private final String progressKey;

    ChecklistPhase(String labelKey, String progressKey) {
        this.labelKey = labelKey;
        this.progressKey = progressKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The key of "label settled/total" for this phase (arguments: settled, total). */
    public String progressKey() {
        return progressKey;
    }
}
