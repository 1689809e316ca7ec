package org.huiwu.logic.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.ConcurrentChangeException;

/**
 * The complaints log (投诉登记) of every meeting: a complaint is recorded open, handled and closed with the
 * result and the complainant's response. Nothing is overwritten: every change writes the next version,
 * with time and author, in the same transaction as the current row. No time limit is applied (none is
 * known from any source). Each call is one transaction. Synchronous and thread-safe; call it off the FX
 * thread.
 */
public final class ComplaintLog {

    private final ComplaintDao complaints;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public ComplaintLog(ComplaintDao complaints, Clock clock, Supplier<UUID> ids) {
        this.complaints = complaints;
        this.clock = clock;
        this.ids = ids;
    }

    /** The time a new complaint is received by default: now. */
    public Instant now() {
        return clock.instant();
    }

    /** Records a new open complaint. */
    public Complaint record(UUID meetingId, ComplaintDetails details, String by) {
        ComplaintDetails checked = checked(details);
        Complaint complaint = new Complaint(ids.get(), meetingId, checked.receivedAt(), checked.channel(),
                checked.complainantUnit(), checked.complainantName(), checked.complainantContact(), checked.category(),
                checked.content(), ComplaintStatus.OPEN, checked.handledBy(), checked.actionsTaken(), checked.result(),
                checked.complainantResponse(), null, FeedbackRejectedException.shortText(by), 1);
        complaints.create(new ComplaintVersion(complaint, clock.instant(), complaint.recordedBy(),
                ComplaintChange.CREATED));
        return complaint;
    }

    /** Saves edited details; the previous version is kept. Refused once closed. */
    public Complaint correct(UUID complaintId, ComplaintDetails details, String by) {
        Complaint current = changeable(complaintId);
        return write(current.withDetails(checked(details)), ComplaintChange.EDITED, by);
    }

    /**
     * Moves the complaint forward (open → being handled → closed), saving the details given with it in the
     * same version. Closing needs the result and records the closing time now.
     */
    public Complaint setStatus(UUID complaintId, ComplaintStatus status, ComplaintDetails details, String by) {
        Complaint current = changeable(complaintId);
        if (status.ordinal() < current.status().ordinal()) {
            throw new FeedbackRejectedException(FeedbackProblem.STATUS_BACKWARDS);
        }
        Complaint edited = details == null ? current : current.withDetails(checked(details));
        if (status == ComplaintStatus.CLOSED && edited.result().isBlank()) {
            throw new FeedbackRejectedException(FeedbackProblem.RESULT_MISSING);
        }
        if (status == current.status()) {
            return edited.equals(current) ? current : write(edited, ComplaintChange.EDITED, by);
        }
        Instant closed = status == ComplaintStatus.CLOSED ? clock.instant() : null;
        return write(edited.withStatus(status, closed), ComplaintChange.STATUS_CHANGED, by);
    }

    /** The meeting's complaints in the order they were received. */
    public List<Complaint> ofMeeting(UUID meetingId) {
        return complaints.ofMeeting(meetingId);
    }

    /** Every version of the complaint, oldest first. */
    public List<ComplaintVersion> history(UUID complaintId) {
        return complaints.history(complaintId);
    }

    private Complaint changeable(UUID complaintId) {
        Complaint current = complaints.find(complaintId)
                .orElseThrow(() -> new FeedbackRejectedException(FeedbackProblem.NOT_FOUND));
        if (current.status() == ComplaintStatus.CLOSED) {
            throw new FeedbackRejectedException(FeedbackProblem.CLOSED);
        }
        return current;
    }

    private Complaint write(Complaint changed, ComplaintChange kind, String by) {
        String author = FeedbackRejectedException.shortText(by);
        Complaint next = changed.atVersion(changed.version() + 1);
        try {
            complaints.change(new ComplaintVersion(next, clock.instant(), author, kind));
        } catch (ConcurrentChangeException e) {
            throw new FeedbackRejectedException(FeedbackProblem.CHANGED_MEANWHILE);
        }
        return next;
    }

    private ComplaintDetails checked(ComplaintDetails d) {
        if (d.channel() == null) {
            throw new FeedbackRejectedException(FeedbackProblem.CHANNEL_MISSING);
        }
        String content = FeedbackRejectedException.longText(d.content());
        if (content.isEmpty()) {
            throw new FeedbackRejectedException(FeedbackProblem.CONTENT_MISSING);
        }
        Instant received = d.receivedAt() == null ? clock.instant() : d.receivedAt();
        if (received.isAfter(clock.instant())) {
            throw new FeedbackRejectedException(FeedbackProblem.RECEIVED_LATER_THAN_NOW);
        }
        return new ComplaintDetails(received, d.channel(), FeedbackRejectedException.shortText(d.complainantUnit()),
                FeedbackRejectedException.shortText(d.complainantName()),
                FeedbackRejectedException.shortText(d.complainantContact()),
                FeedbackRejectedException.shortText(d.category()), content,
                FeedbackRejectedException.shortText(d.handledBy()),
                FeedbackRejectedException.longText(d.actionsTaken()), FeedbackRejectedException.longText(d.result()),
                FeedbackRejectedException.longText(d.complainantResponse()));
    }
}
