package org.huiwu.logic.export;

import java.util.Map;

import org.huiwu.i18n.I18n;

/**
 * Names of stored record kinds (tables) and their fields in the user's language, for people reading a
 * merge conflict: "参会人员 · 姓名" rather than {@code attendee.name}. A field without a name of its own
 * keeps its stored name. Immutable; thread-safe.
 */
public final class RecordLabels {

    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("meeting", "export.table.meeting"),
            Map.entry("agenda_item", "export.table.agendaItem"),
            Map.entry("attendee", "export.table.attendee"),
            Map.entry("seat_plan", "export.table.seatPlan"),
            Map.entry("seat_block", "export.table.seatBlock"),
            Map.entry("seat_assignment", "export.table.seatAssignment"),
            Map.entry("seat_print_snapshot", "export.table.seatPrintSnapshot"),
            Map.entry("service_plan", "export.table.servicePlan"),
            Map.entry("service_block_interval", "export.table.serviceBlockInterval"),
            Map.entry("service_zone", "export.table.serviceZone"),
            Map.entry("service_zone_seat", "export.table.serviceZoneSeat"),
            Map.entry("service_event", "export.table.serviceEvent"),
            Map.entry("meeting_phase_event", "export.table.meetingPhaseEvent"),
            Map.entry("service_round", "export.table.serviceRound"),
            Map.entry("consumables", "export.table.consumables"),
            Map.entry("procedure_version", "export.table.procedureVersion"),
            Map.entry("procedure_step", "export.table.procedureStep"),
            Map.entry("incident", "export.table.incident"),
            Map.entry("incident_version", "export.table.incidentVersion"),
            Map.entry("step_tick", "export.table.stepTick"),
            Map.entry("incident_notification", "export.table.incidentNotification"),
            Map.entry("incident_attachment", "export.table.incidentAttachment"),
            Map.entry("left_item", "export.table.leftItem"),
            Map.entry("document_copy", "export.table.documentCopy"),
            Map.entry("document_recovery_close", "export.table.documentRecoveryClose"),
            Map.entry("meeting_checklist", "export.table.meetingChecklist"),
            Map.entry("meeting_checklist_item", "export.table.meetingChecklistItem"),
            Map.entry("checklist_mark", "export.table.checklistMark"),
            Map.entry("survey_meeting_item", "export.table.surveyMeetingItem"),
            Map.entry("survey_meeting_level", "export.table.surveyMeetingLevel"),
            Map.entry("survey_form", "export.table.surveyForm"),
            Map.entry("survey_answer", "export.table.surveyAnswer"),
            Map.entry("complaint", "export.table.complaint"),
            Map.entry("complaint_version", "export.table.complaintVersion"),
            Map.entry("merge_conflict", "export.table.mergeConflict"),
            Map.entry("meeting_staffing", "export.table.meetingStaffing"),
            Map.entry("staff_assessment", "export.table.staffAssessment"),
            Map.entry("staff_assessment_score", "export.table.staffAssessmentScore"),
            Map.entry("work_order", "export.table.workOrder"),
            Map.entry("meeting_flow", "export.table.meetingFlow"),
            Map.entry("stage_change", "export.table.stageChange"),
            Map.entry("stage_list", "export.table.stageList"),
            Map.entry("stage_item", "export.table.stageItem"),
            Map.entry("stage_item_mark", "export.table.stageItemMark"),
            Map.entry("patrol_round", "export.table.patrolRound"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("id", "export.field.id"),
            Map.entry("title", "export.field.title"),
            Map.entry("meeting_date", "export.field.meetingDate"),
            Map.entry("venue", "export.field.venue"),
            Map.entry("precedence", "export.field.precedence"),
            Map.entry("name", "export.column.name"),
            Map.entry("organisation", "export.column.organisation"),
            Map.entry("position", "export.column.position"),
            Map.entry("role", "export.column.role"),
            Map.entry("side", "export.column.side"),
            Map.entry("check_in", "export.column.checkIn"),
            Map.entry("checked_in_at", "export.column.checkedInAt"),
            Map.entry("notes", "export.column.notes"),
            Map.entry("note", "export.column.notes"),
            Map.entry("occurred_at", "export.column.time"),
            Map.entry("round_number", "export.column.round"),
            Map.entry("seat_key", "export.column.seat"),
            Map.entry("attendee_id", "export.column.attendee"),
            Map.entry("attendant", "export.column.attendant"),
            Map.entry("kind", "export.column.kind"),
            Map.entry("skip_reason", "export.column.skipReason"),
            Map.entry("type", "export.column.type"),
            Map.entry("severity", "export.column.severity"),
            Map.entry("status", "export.column.status"),
            Map.entry("location", "export.column.location"),
            Map.entry("description", "export.column.description"),
            Map.entry("reported_by", "export.column.reportedBy"),
            Map.entry("closed_at", "export.column.closedAt"),
            Map.entry("version", "export.column.version"),
            Map.entry("changed_at", "export.column.changedAt"),
            Map.entry("changed_by", "export.column.changedBy"),
            Map.entry("change_kind", "export.column.changeKind"),
            Map.entry("what", "export.column.what"),
            Map.entry("found_where", "export.column.foundWhere"),
            Map.entry("found_at", "export.column.foundAt"),
            Map.entry("found_by", "export.column.foundBy"),
            Map.entry("handed_to", "export.column.handedTo"),
            Map.entry("handed_at", "export.column.handedAt"),
            Map.entry("returned_to", "export.column.returnedTo"),
            Map.entry("returned_at", "export.column.returnedAt"),
            Map.entry("copy_number", "export.column.copyNumber"),
            Map.entry("issued_to", "export.column.issuedTo"),
            Map.entry("issued_at", "export.column.issuedAt"),
            Map.entry("signed_at", "export.column.signedAt"),
            Map.entry("recovered_at", "export.column.recoveredAt"),
            Map.entry("recovered_by", "export.column.recoveredBy"));

    private final I18n i18n;

    public RecordLabels(I18n i18n) {
        this.i18n = i18n;
    }

    /** The kind of record a table holds, or the table's name when it has no label. */
    public String table(String table) {
        String key = TABLES.get(table);
        return key == null ? table : i18n.get(key);
    }

    /** The field's name in the user's language, or its stored name when it has none. */
    public String field(String column) {
        String key = FIELDS.get(column);
        return key == null ? column : i18n.get(key);
    }
}
