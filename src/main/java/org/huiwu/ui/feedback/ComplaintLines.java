package org.huiwu.ui.feedback;

import java.util.function.Predicate;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintVersion;

/**
 * How complaints read on the complaints tab: a list row, a history row and a channel's label, and which
 * complaints count as overdue (past the venue's handling time, as {@link FeedbackTrendViewModel} sets it).
 * FX thread only.
 */
public final class ComplaintLines {

    private final FeedbackTexts texts;
    private Predicate<Complaint> overdue = c -> false;

    ComplaintLines(FeedbackTexts texts) {
        this.texts = texts;
    }

    /** Complaints {@code past} accepts are overdue from now on. */
    void markOverdue(Predicate<Complaint> past) {
        overdue = past;
    }

    /** Whether the complaint is still open past the venue's handling time. */
    public boolean isOverdue(Complaint complaint) {
        return overdue.test(complaint);
    }

    /** One line of the list: received time, status, unit and the start of the content (and when it is overdue). */
    public String describe(Complaint complaint) {
        String text = complaint.content().length() > 40 ? complaint.content().substring(0, 40) + "…" : complaint.content();
        return texts.i18n().format(overdue.test(complaint) ? "feedback.complaint.rowOverdue" : "feedback.complaint.row", texts.time(complaint.receivedAt()),
                texts.i18n().get(complaint.status().labelKey()), complaint.complainantUnit(), text);
    }

    /** One history line: version, time, author, kind of change and status then. */
    public String describe(ComplaintVersion version) {
        return texts.i18n().format("feedback.complaint.historyRow", version.number(), texts.time(version.changedAt()),
                version.changedBy(), texts.i18n().get(version.kind().labelKey()),
                texts.i18n().get(version.complaint().status().labelKey()));
    }

    /** The label of a channel. */
    public String label(ComplaintChannel value) {
        return value == null ? "" : texts.i18n().get(value.labelKey());
    }
}
