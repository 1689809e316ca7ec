package org.huiwu.persistence;

import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.StepTick;

/**
 * The outbox's text form of the service desk's records queued during an outage (decision 0038): a procedure step
 * tick (or skip), a contact notified about an incident, a complaint or its next version, a survey form with the meeting's template copy that goes with
 * its first form, a checklist item's texts as edited over the item as seen, the survey template as saved. Each is the model record as JSON, component by component (times as ISO-8601 text). Stateless
 * and thread-safe.
 */
public final class QueuedDeskRecords {

    /** A survey form as queued, with the template copy its meeting's first form stores (null for later forms). */
    public record QueuedForm(SurveyForm form, SurveyTemplate copy) {
    }

    /** A checklist item's texts as edited ({@code mine}) over the item as the attendant saw it ({@code base}). */
    public record ItemEdit(ChecklistItem base, ChecklistItem mine) {
    }

    private QueuedDeskRecords() {
    }

    static String tick(StepTick tick) {
        return write(tick);
    }

    public static StepTick tick(String body) {
        return read(body, StepTick.class);
    }

    static String notification(Notification notification) {
        return write(notification);
    }

    public static Notification notification(String body) {
        return read(body, Notification.class);
    }

    static String complaint(ComplaintVersion version) {
        return write(version);
    }

    public static ComplaintVersion complaint(String body) {
        return read(body, ComplaintVersion.class);
    }

    /** A queued complaint version's body with the complaint as this laptop showed it when made (decision 0043). */
    static String withSeen(String body, org.huiwu.model.feedback.Complaint seen) {
        return RecordJson.with(body, "seen", seen);
    }

    /** The complaint as this laptop showed it when the queued version was made, or null when not known. */
    public static org.huiwu.model.feedback.Complaint seen(String body) {
        return RecordJson.field(body, "seen", org.huiwu.model.feedback.Complaint.class);
    }

    static String form(SurveyForm form, SurveyTemplate copy) {
        return write(new QueuedForm(form, copy));
    }

    public static QueuedForm form(String body) {
        return read(body, QueuedForm.class);
    }

    static String template(SurveyTemplate template) {
        return write(template);
    }

    public static SurveyTemplate template(String body) {
        return read(body, SurveyTemplate.class);
    }

    static String itemEdit(ChecklistItem base, ChecklistItem mine) {
        return write(new ItemEdit(base, mine));
    }

    public static ItemEdit itemEdit(String body) {
        return read(body, ItemEdit.class);
    }

    private static String write(Object record) {
        return RecordJson.write(record);
    }

    private static <T> T read(String body, Class<T> type) {
        return RecordJson.read(body, type);
    }
}
