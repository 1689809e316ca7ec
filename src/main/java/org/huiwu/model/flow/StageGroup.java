package org.huiwu.model.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a stage checklist item sits in the template: its stage, its kind (cleaning K, layout L, equipment N,
 * special R) and the meetings it applies to (special items are for classified, video or foreign-affairs
 * meetings; the others for all). Immutable.
 */
public record StageGroup(Stage stage, ItemKind kind, AppliesTo appliesTo) {

    public StageGroup {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(appliesTo, "appliesTo");
    }

    /** The group of a template item. */
    public static StageGroup of(StageTemplateItem item) {
        return new StageGroup(item.stage(), item.kind(), item.appliesTo());
    }

    /** Every group the editor offers: for each stage with checklists, each ordinary kind and each special meeting. */
    public static List<StageGroup> standard() {
        List<StageGroup> groups = new ArrayList<>();
        for (Stage stage : List.of(Stage.PREPARATION, Stage.IN_PROGRESS, Stage.WRAP_UP)) {
            for (ItemKind kind : List.of(ItemKind.CLEANING, ItemKind.LAYOUT, ItemKind.EQUIPMENT)) {
                groups.add(new StageGroup(stage, kind, AppliesTo.ALL));
            }
            for (AppliesTo special : List.of(AppliesTo.CLASSIFIED, AppliesTo.VIDEO, AppliesTo.FOREIGN)) {
                groups.add(new StageGroup(stage, ItemKind.SPECIAL, special));
            }
        }
        return groups;
    }
}
