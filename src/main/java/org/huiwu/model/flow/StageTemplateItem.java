package org.huiwu.model.flow;

import java.util.Objects;
import java.util.UUID;

/**
 * One item of one version of the stage checklist template: its stage, kind, place, texts, whether it must
 * be settled before the stage closes, which meetings it applies to and the guide it links to (empty for
 * none). Immutable.
 */
public record StageTemplateItem(int version, UUID id, Stage stage, ItemKind kind, int position, String textZh,
        String textEn, boolean mandatory, AppliesTo appliesTo, String guideId) {

    public StageTemplateItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(appliesTo, "appliesTo");
        textEn = textEn == null ? "" : textEn;
        guideId = guideId == null ? "" : guideId;
    }

    /** This item as part of another template version. */
    public StageTemplateItem inVersion(int newVersion) {
        return new StageTemplateItem(newVersion, id, stage, kind, position, textZh, textEn, mandatory, appliesTo,
                guideId);
    }
}
