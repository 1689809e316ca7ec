package org.huiwu.logic.live;

import static java.time.temporal.ChronoUnit.MICROS;

import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.StepTick;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.QueuedDeskRecords;
import org.huiwu.persistence.SurveyDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the service desk's records queued during an outage are sent (decision 0038), each over the venue server's
 * own DAOs and recognised when the server has it already. A step tick is stored unless that step of the incident is
 * ticked: ticked by another laptop meanwhile, theirs is kept (counted); the status change a tick (or a contact
 * notified) made is a queued incident version of its own, right behind it; a contact notified is stored unless its
 * id is there. A new complaint is stored unless its id is there; a complaint's
 * next version whose number another laptop took is numbered after the others (the history is append-only), never
 * moving its status back: a status the other laptop moved further is kept, logged and counted (decision 0041). A survey
 * form is stored unless its id is there; a form removal deletes it unless gone; the survey template is stored as
 * saved. Stateless; call off the FX thread.
 */
public final class DeskReplays {

    private static final Logger LOG = LoggerFactory.getLogger(DeskReplays.class);

    private DeskReplays() {
    }

    public static Replay ticks(ChecklistDao checklists) {
        return body -> {
            StepTick tick = QueuedDeskRecords.tick(body);
            StepTick stored = checklists.ticks(tick.incidentId()).stream()
                    .filter(t -> t.stepNumber() == tick.stepNumber()).findFirst().orElse(null);
            if (stored == null) {
                checklists.tick(tick, null);
                return false;
            }
            boolean mine = stored.tickedBy().equals(tick.tickedBy())
                    && stored.tickedAt().truncatedTo(MICROS).equals(tick.tickedAt().truncatedTo(MICROS));
            if (!mine) {
                LOG.warn("Queued tick of step {} of incident {} not stored: ticked by {} on another laptop meanwhile",
                        tick.stepNumber(), tick.incidentId(), stored.tickedBy());
            }
            return !mine;
        };
    }

    public static Replay notifications(ChecklistDao checklists) {
        return body -> {
            Notification notification = QueuedDeskRecords.notification(body);
            if (checklists.notifications(notification.incidentId()).stream()
                    .noneMatch(n -> n.id().equals(notification.id()))) {
                checklists.notified(notification, null);
            }
            return false;
        };
    }

    public static Replay newComplaints(ComplaintDao complaints) {
        return body -> {
            ComplaintVersion created = QueuedDeskRecords.complaint(body);
            if (complaints.find(created.complaint().id()).isEmpty()) {
                complaints.create(created);
            }
            return false;
        };
    }

    public static Replay complaintVersions(ComplaintDao complaints) {
        return body -> {
            ComplaintVersion version = QueuedDeskRecords.complaint(body);
            return RenumberedAppend.append(version, complaints.history(version.complaint().id()),
                    v -> new RenumberedAppend.Change(v.changedAt(), v.changedBy(), v.kind()), complaints::change,
                    taken -> {
                        Complaint stored = complaints.find(version.complaint().id()).orElseThrow(() -> taken);
                        Complaint seen = QueuedDeskRecords.seen(body);
                        ComplaintMerge.Merged merged = ComplaintMerge.merge(seen != null ? seen
                                : before(complaints, version), version.complaint(), stored);
                        if (!merged.clashes().isEmpty()) {
                            LOG.warn("Queued version of complaint {}: {} changed on another laptop meanwhile; theirs"
                                    + " is kept", stored.id(), merged.clashes());
                        }
                        Complaint mine = merged.complaint();
                        boolean further = stored.status().ordinal() > mine.status().ordinal();
                        if (further) {
                            LOG.warn("Queued version of complaint {} set {}; another laptop had moved it to {}"
                                    + " meanwhile, which is kept", stored.id(), mine.status(), stored.status());
                            mine = behind(mine, stored);
                        }
                        return new RenumberedAppend.Rebased<>(new ComplaintVersion(mine.atVersion(stored.version() + 1),
                                version.changedAt(), version.changedBy(), version.kind()),
                                further || !merged.clashes().isEmpty());
                    });
        };
    }

    /** The version before {@code version} in the stored history (what it was made over, when not known otherwise). */
    private static Complaint before(ComplaintDao complaints, ComplaintVersion version) {
        return complaints.history(version.complaint().id()).stream()
                .filter(v -> v.complaint().version() == version.complaint().version() - 1)
                .map(ComplaintVersion::complaint).findFirst().orElse(version.complaint());
    }

    /**
     * {@code mine} with the further status of {@code stored}, its closing time, and the result and the
     * complainant's response it was closed with where {@code mine} has none (a closed complaint has a result).
     */
    private static Complaint behind(Complaint mine, Complaint stored) {
        ComplaintDetails d = mine.details();
        ComplaintDetails kept = new ComplaintDetails(d.receivedAt(), d.channel(), d.complainantUnit(),
                d.complainantName(), d.complainantContact(), d.category(), d.content(), d.handledBy(),
                d.actionsTaken(), d.result().isBlank() ? stored.result() : d.result(),
                d.complainantResponse().isBlank() ? stored.complainantResponse() : d.complainantResponse());
        return mine.withDetails(kept).withStatus(stored.status(), stored.closedAt());
    }

    /** A form removal: deleted unless gone already (removed on another laptop too, or sent before). */
    public static Replay surveyFormRemovals(SurveyDao surveys) {
        return body -> {
            if (surveys.deleteForm(java.util.UUID.fromString(body)) == 0) {
                LOG.info("Queued removal of survey form {}: already gone", body);
            }
            return false;
        };
    }

    /**
     * The survey template as saved: stored as made, item and level by id, as the supervisor's save is while the
     * server answers (template saves are not version-checked).
     */
    public static Replay surveyTemplates(SurveyDao surveys) {
        return body -> {
            surveys.saveTemplate(QueuedDeskRecords.template(body));
            return false;
        };
    }

    public static Replay surveyForms(SurveyDao surveys) {
        return body -> {
            QueuedDeskRecords.QueuedForm queued = QueuedDeskRecords.form(body);
            if (surveys.forms(queued.form().meetingId()).stream().noneMatch(f -> f.id().equals(queued.form().id()))) {
                surveys.addForm(queued.form(), queued.copy());
            }
            return false;
        };
    }
}
