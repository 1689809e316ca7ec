package org.huiwu.model.flow;

import java.util.Objects;
import java.util.UUID;

/**
 * One item of a meeting's stage checklist, copied from a template version (kept in
 * {@code templateVersion}) or made for one device of the work order ({@code templateItemId} null).
 * Immutable.
 */
public record StageItem(UUID id, UUID meetingId, Stage stage, ItemKind kind, int position, String textZh,
        String textEn, boolean mandatory, String guideId, UUID templateItemId, int templateVersion) {

    public StageItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(textZh, "textZh");
        textEn = textEn == null ? "" : textEn;
        guideId = guideId == null ? "" : guideId;
    }
}
