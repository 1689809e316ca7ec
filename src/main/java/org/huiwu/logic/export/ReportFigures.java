package org.huiwu.logic.export;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.Attendance;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.Severity;
import org.huiwu.model.rounds.ServiceEventKind;

/**
 * The key figures of one meeting, as the report's first page and the spreadsheet's summary sheet show
 * them: attendance by check-in status (service staff left out, see {@link Attendance}), rounds and pours, the average and longest refill interval, seats
 * missed by reason (the app's {@code MISSED} or the attendant's skip reason), incidents by severity and
 * status (voided ones left out), checklist progress by phase, the survey's satisfaction rate, and what
 * still needs follow-up. Computed from the exported rows only. Immutable; thread-safe.
 *
 * @param missed    count per reason: {@code "MISSED"} or a {@code SkipReason} name
 * @param checklist per phase: settled items, then all items
 */
public record ReportFigures(
        Map<CheckInStatus, Integer> attendance,
        int rounds,
        int pours,
        TeaTimeline tea,
        Map<String, Integer> missed,
        Map<Severity, Map<IncidentStatus, Integer>> incidents,
        Map<ChecklistPhase, int[]> checklist,
        SurveySummary survey,
        FollowUp followUp) {

    /** What is still open when the report is made. */
    public record FollowUp(int openIncidents, int openComplaints, int leftItemsNotReturned, int copiesNotRecovered) {
        /** Whether nothing needs follow-up. */
        public boolean none() {
            return openIncidents + openComplaints + leftItemsNotReturned + copiesNotRecovered == 0;
        }
    }

    /** Computes the figures from the meeting's rows. Pure. */
    public static ReportFigures of(MeetingRecord record, I18n i18n) {
        Map<CheckInStatus, Integer> attendance = Attendance.ofRows(record.rows("attendee")).byStatus();
        Map<String, Integer> missed = new LinkedHashMap<>();
        int pours = 0;
        for (Map<String, Object> event : record.rows("service_event")) {
            ServiceEventKind kind = ServiceEventKind.valueOf(event.get("kind").toString());
            pours += kind.isPour() ? 1 : 0;
            if (kind == ServiceEventKind.MISSED) {
                missed.merge(kind.name(), 1, Integer::sum);
            } else if (kind == ServiceEventKind.SKIPPED && event.get("skip_reason") != null) {
                missed.merge(event.get("skip_reason").toString(), 1, Integer::sum);
            }
        }
        Map<Severity, Map<IncidentStatus, Integer>> incidents = new EnumMap<>(Severity.class);
        int openIncidents = 0;
        for (Map<String, Object> incident : record.rows("incident")) {
            if (Boolean.TRUE.equals(incident.get("voided"))) {
                continue;
            }
            IncidentStatus status = IncidentStatus.valueOf(incident.get("status").toString());
            incidents.computeIfAbsent(Severity.valueOf(incident.get("severity").toString()),
                    s -> new EnumMap<>(IncidentStatus.class)).merge(status, 1, Integer::sum);
            openIncidents += status == IncidentStatus.OPEN || status == IncidentStatus.HANDLING ? 1 : 0;
        }
        ChecklistMarks marks = new ChecklistMarks(record);
        Map<ChecklistPhase, int[]> checklist = new EnumMap<>(ChecklistPhase.class);
        for (ChecklistPhase phase : ChecklistPhase.values()) {
            checklist.put(phase, new int[] {marks.settled(phase), marks.items(phase).size()});
        }
        FollowUp followUp = new FollowUp(openIncidents,
                count(record.rows("complaint"), c -> !ComplaintStatus.CLOSED.name().equals(c.get("status"))),
                count(record.rows("left_item"), i -> i.get("returned_at") == null),
                count(record.rows("document_copy"), c -> c.get("recovered_at") == null));
        return new ReportFigures(attendance, record.rows("service_round").size(), pours,
                TeaTimelineReader.read(record, new SeatNames(record, i18n)), missed, incidents, checklist,
                SurveySummary.of(FeedbackRecords.template(record), FeedbackRecords.forms(record)), followUp);
    }

    private static int count(List<Map<String, Object>> rows, java.util.function.Predicate<Map<String, Object>> test) {
        return (int) rows.stream().filter(test).count();
    }

    /** 应到, as {@link Attendance} counts it (service staff left out), whatever their check-in. */
    public int expected() {
        return new Attendance(attendance).expected();
    }

    /** 实到: how many expected attendees came (arrived or late). */
    public int present() {
        return new Attendance(attendance).present();
    }

    /** All incidents counted (voided left out). */
    public int incidentCount() {
        return incidents.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** Seats missed or skipped, every reason together. */
    public int missedCount() {
        return missed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Settled checklist items over all items, empty when no checklist was kept. */
    public OptionalDouble checklistCompletion() {
        int settled = checklist.values().stream().mapToInt(c -> c[0]).sum();
        int all = checklist.values().stream().mapToInt(c -> c[1]).sum();
        return all == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * settled / all);
    }

    /** Settled checklist items (done or not applicable). */
    public int checklistSettled() {
        return checklist.values().stream().mapToInt(c -> c[0]).sum();
    }

    /** All checklist items. */
    public int checklistItems() {
        return checklist.values().stream().mapToInt(c -> c[1]).sum();
    }
}
