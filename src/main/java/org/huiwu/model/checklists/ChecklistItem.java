package org.huiwu.model.checklists;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a meeting's checklist: copied from a template item ({@code templateItemId}) when the list
 * was first opened, or added to this meeting only ({@code templateItemId} null). Its texts are its own,
 * so later template edits leave it as it was. Immutable.
 */
public record ChecklistItem(UUID id, UUID meetingId, ChecklistPhase phase, int position, String textZh,
        String textEn, UUID templateItemId, Instant addedAt, String addedBy) {

    public ChecklistItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(addedAt, "addedAt");
        textEn = textEn == null ? "" : textEn;
        addedBy = addedBy == null ? "" : addedBy;
    }
}
