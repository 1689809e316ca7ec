package org.huiwu.model.flow;

import java.util.Optional;

import org.huiwu.model.checklists.ChecklistPhase;

/**
 * The stages a meeting moves through (annex G): booking → preparation → in progress → wrap-up → closed.
 * Each carries the bundle key of its label and the phase of the existing service checklist it shows
 * (pre-meeting check O, in-meeting Q, post-meeting check S), if any.
 */
public enum Stage {
    BOOKING("flow.stage.booking", null),
    PREPARATION("flow.stage.preparation", ChecklistPhase.BEFORE),
    IN_PROGRESS("flow.stage.inProgress", ChecklistPhase.DURING),
    WRAP_UP("flow.stage.wrapUp", ChecklistPhase.AFTER),
    CLOSED("flow.stage.closed", null);

    private final String labelKey;
    private final ChecklistPhase phase;

    Stage(String labelKey, ChecklistPhase phase) {
        this.labelKey = labelKey;
        this.phase = phase;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The service checklist phase this stage shows, if it has one. */
    public Optional<ChecklistPhase> checklistPhase() {
        return Optional.ofNullable(phase);
    }

    /** The stage after this one; closed is the last. */
    public Optional<Stage> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
