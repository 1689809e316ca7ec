package org.huiwu.model.flow;

/**
 * Which meetings a stage template item is copied to: every meeting, or only a special one (annex R):
 * classified (涉密), with a video link (视频会议) or foreign affairs (外事).
 */
public enum AppliesTo {
    ALL("flow.applies.all"),
    CLASSIFIED("flow.applies.classified"),
    VIDEO("flow.applies.video"),
    FOREIGN("flow.applies.foreign");

    private final String labelKey;

    AppliesTo(String labelKey) {
        this.labelKey = labelKey;
    }

    /** The bundle key of its label. */
    public String labelKey() {
        return labelKey;
    }

    /** Whether an item for these meetings belongs on a meeting with these flags. */
    public boolean matches(SpecialFlags flags) {
        return switch (this) {
            case ALL -> true;
            case CLASSIFIED -> flags.classified();
            case VIDEO -> flags.video();
            case FOREIGN -> flags.foreign();
        };
    }
}
