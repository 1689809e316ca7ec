package org.huiwu.model.checklists;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of the checklist template: its phase, its place in the phase, its text in Chinese and English
 * (English may be empty), whether it was retired (kept, no longer copied to new meetings), and the last
 * change. Immutable.
 */
public record TemplateItem(UUID id, ChecklistPhase phase, int position, String textZh, String textEn,
        boolean retired, Instant changedAt, String changedBy) {

    public TemplateItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(textZh, "textZh");
        Objects.requireNonNull(changedAt, "changedAt");
        textEn = textEn == null ? "" : textEn;
        changedBy = changedBy == null ? "" : changedBy;
    }

    public TemplateItem renamed(String zh, String en, Instant at, String by) {
        return new TemplateItem(id, phase, position, zh, en, retired, at, by);
    }

    public TemplateItem at(int newPosition, Instant at, String by) {
        return new TemplateItem(id, phase, newPosition, textZh, textEn, retired, at, by);
    }

    public TemplateItem retired(Instant at, String by) {
        return new TemplateItem(id, phase, position, textZh, textEn, true, at, by);
    }
}
