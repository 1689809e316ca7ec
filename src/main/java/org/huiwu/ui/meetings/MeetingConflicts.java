package org.huiwu.ui.meetings;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.meetings.MeetingMerge;
import org.huiwu.logic.meetings.MeetingMerge.Field;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.EnumLabels;

/**
 * Asks the editor whose save of a meeting's details lost to another laptop's (decision 0031) what to keep: the
 * dialog names each field both changed with both values, and the fields only the other laptop changed, which are
 * taken either way; "keep mine" or "take theirs" decides the clashes. FX thread only.
 */
final class MeetingConflicts {

    private static final Map<Field, String> LABELS = Map.ofEntries(Map.entry(Field.TITLE, "meeting.field.title"),
            Map.entry(Field.CATEGORY, "meeting.field.category"), Map.entry(Field.DATE, "meeting.field.date"),
            Map.entry(Field.START, "meeting.field.start"), Map.entry(Field.END, "meeting.field.end"),
            Map.entry(Field.VENUE, "meeting.field.venue"), Map.entry(Field.HOST, "meeting.field.host"),
            Map.entry(Field.ORGANISER, "meeting.field.organiser"),
            Map.entry(Field.CONFIDENTIALITY, "meeting.field.confidentiality"),
            Map.entry(Field.FOREIGN_AFFAIRS, "meeting.field.foreignAffairs"),
            Map.entry(Field.EXPECTED, "meeting.field.expected"), Map.entry(Field.CONTACT, "meeting.field.contact"),
            Map.entry(Field.PHONE, "meeting.field.phone"), Map.entry(Field.NOTES, "meeting.field.notes"),
            Map.entry(Field.AGENDA, "meeting.agenda.heading"));

    private final DialogService dialogs;
    private final I18n i18n;
    private final EnumLabels labels;

    MeetingConflicts(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.labels = new EnumLabels(i18n);
    }

    /** The meeting to save after the editor decided, or null when they closed the dialog without deciding. */
    Meeting decide(MeetingMerge merge) {
        List<Field> clashes = merge.clashes();
        if (clashes.isEmpty()) {
            return merge.resolved(true);
        }
        int choice = dialogs.choose(i18n.get("live.conflict.title"), message(merge, clashes),
                List.of(i18n.get("live.conflict.keepMine"), i18n.get("live.conflict.takeTheirs")));
        return choice < 0 ? null : merge.resolved(choice == 0);
    }

    /** The dialog's text: what changed on both sides, and what the other laptop changed alone. */
    String message(MeetingMerge merge, List<Field> clashes) {
        StringBuilder text = new StringBuilder(i18n.format("live.conflict.header", merge.theirs().title()));
        for (Field field : clashes) {
            text.append('\n').append(i18n.format("live.conflict.line", i18n.get(LABELS.get(field)),
                    shown(field.of(merge.mine())), shown(field.of(merge.theirs()))));
        }
        List<Field> taken = merge.theirsOnly();
        if (!taken.isEmpty()) {
            text.append('\n').append(i18n.format("live.conflict.taken",
                    taken.stream().map(f -> i18n.get(LABELS.get(f))).collect(Collectors.joining(i18n.get("live.conflict.and")))));
        }
        return text.toString();
    }

    private String shown(Object value) {
        if (value instanceof MeetingCategory category) {
            return labels.of(category);
        }
        if (value instanceof Confidentiality level) {
            return labels.of(level);
        }
        if (value instanceof java.time.LocalDate day) {
            return i18n.date(day);
        }
        if (value instanceof Boolean yes) {
            return i18n.get(yes ? "live.conflict.yes" : "live.conflict.no");
        }
        if (value instanceof List<?> agenda) {
            return agenda.stream().map(item -> ((AgendaItem) item).title()).collect(Collectors.joining(i18n.get("live.conflict.and")));
        }
        return String.valueOf(value);
    }
}
