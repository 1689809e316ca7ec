package org.huiwu.model.flow;

/**
 * What a stage checklist item is about: cleaning (annex K), layout and table setting (L), equipment (N)
 * or a special meeting's rule (R). The constant carries the bundle key of its label.
 */
public enum ItemKind {
    CLEANING("flow.kind.cleaning"),
    LAYOUT("flow.kind.layout"),
    EQUIPMENT("flow.kind.equipment"),
    SPECIAL("flow.kind.special");

    private final String labelKey;

    ItemKind(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
