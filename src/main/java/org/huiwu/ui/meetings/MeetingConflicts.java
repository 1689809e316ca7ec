package org.huiwu.ui.meetings;

import java.util.List;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.ui.common.MergeQuestion;

/**
 * Asks the editor whose save of a meeting's details lost to another laptop's (decision 0031) what to keep, through
 * the shared {@link MergeQuestion}; this class owns how a meeting's field values read in the question (category and
 * confidentiality by their labels, dates in the user's format, the agenda by its titles). FX thread only.
 */
final class MeetingConflicts {

    private final MergeQuestion question;
    private final I18n i18n;
    private final EnumLabels labels;

    MeetingConflicts(DialogService dialogs, I18n i18n) {
        this.question = new MergeQuestion(dialogs, i18n);
        this.i18n = i18n;
        this.labels = new EnumLabels(i18n);
    }

    /** The meeting to save after the editor decided, or null when they closed the dialog without deciding. */
    Meeting decide(FieldMerge<Meeting> merge) {
        return question.decide(merge, merge.theirs().title(), this::shown);
    }

    private String shown(Object value) {
        return shown(i18n, labels, value);
    }

    /** How a meeting's field value reads in the user's language (also in the notes line of an unattended save). */
    static String shown(I18n i18n, EnumLabels labels, Object value) {
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
