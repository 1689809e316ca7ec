package org.huiwu.model.flow;

/**
 * A mandatory thing still open in a stage: either a checklist item (its texts) or a rule of the flow (the
 * bundle key of its sentence, texts empty). Immutable.
 */
public record OpenItem(String ruleKey, String textZh, String textEn) {

    /** An open rule of the flow, shown by its bundle key. */
    public static OpenItem rule(String key) {
        return new OpenItem(key, "", "");
    }

    /** An open checklist item, shown by its text. */
    public static OpenItem item(String zh, String en) {
        return new OpenItem("", zh, en);
    }

    public boolean isRule() {
        return !ruleKey.isEmpty();
    }
}
