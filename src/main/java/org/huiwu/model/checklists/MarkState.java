package org.huiwu.model.checklists;

/**
 * What a mark says about a checklist item: done (✓), not applicable at this meeting (不适用), or open
 * again (an untick). The constant carries the bundle key of its label.
 */
public enum MarkState {
    DONE("checklist.state.done"),
    NOT_APPLICABLE("checklist.state.notApplicable"),
    OPEN("checklist.state.open");

    private final String labelKey;

    MarkState(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Whether an item in this state needs no more attention (done or not applicable). */
    public boolean settled() {
        return this != OPEN;
    }
}
