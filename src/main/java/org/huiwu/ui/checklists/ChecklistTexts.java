package org.huiwu.ui.checklists;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.checklists.ChecklistRejectedException;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.ItemText;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.logic.messages.FailureMessages;

/**
 * The checklist screens' wording: item texts in the interface language, progress per phase, who and when
 * a line was marked, times of day in the app clock's zone, and refusals as sentences. Immutable and thread-safe.
 */
public final class ChecklistTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final FailureMessages failures;
    private final ZoneId zone;

    public ChecklistTexts(I18n i18n, FailureMessages failures, ZoneId zone) {
        this.i18n = i18n;
        this.failures = failures;
        this.zone = zone;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The item's text in the interface language. */
    public String text(ChecklistItem item) {
        return ItemText.of(item.textZh(), item.textEn(), i18n.locale());
    }

    /** The template item's text in the interface language. */
    public String text(TemplateItem item) {
        return ItemText.of(item.textZh(), item.textEn(), i18n.locale());
    }

    /** Who marked the line how and when, with the note; empty for a line never marked. */
    public String marked(ChecklistLine line) {
        if (line.latestMark().isEmpty()) {
            return "";
        }
        ItemMark mark = line.latestMark().get();
        String when = TIME.format(mark.markedAt().atZone(zone));
        String marked = mark.state() == MarkState.OPEN
                ? i18n.format("checklist.ui.reopenedBy", mark.markedBy(), when)
                : i18n.format("checklist.ui.markedBy", i18n.get(mark.state().labelKey()), mark.markedBy(), when);
        return mark.note().isEmpty() ? marked : i18n.format("checklist.ui.withNote", marked, mark.note());
    }

    /** "会前 8/12": the settled items of the phase out of all its items (0/0 before the list is read). */
    public String progress(MeetingChecklist checklist, ChecklistPhase phase) {
        return i18n.format(phase.progressKey(), checklist == null ? 0 : checklist.settled(phase),
                checklist == null ? 0 : checklist.total(phase));
    }

    /** How many items of the phase are still open, or that all are settled; empty before the list is read. */
    public String remaining(MeetingChecklist checklist, ChecklistPhase phase) {
        if (checklist == null) {
            return "";
        }
        int open = checklist.total(phase) - checklist.settled(phase);
        return open == 0 ? i18n.get("checklist.ui.allSettled") : i18n.format("checklist.ui.remaining", open);
    }

    /** A refusal or failure as one sentence. */
    public String describe(Throwable failure) {
        if (failure instanceof ChecklistRejectedException rejected) {
            return i18n.get(rejected.problem().messageKey());
        }
        return failures.describe(failure);
    }
}
