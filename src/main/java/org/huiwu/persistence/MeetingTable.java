package org.huiwu.persistence;

import java.util.List;

/**
 * One table that holds part of a meeting: how its rows are found for a meeting, the columns that
 * identify a row (its primary key, a UUID where the table has one), the order rows are read in, and a
 * secondary unique key where the table has one (a merge records a clash on it as a conflict). Immutable.
 *
 * @param name the table's SQL name
 * @param scope the condition (over alias {@code t}, parameter {@code :meeting}) selecting the meeting's rows
 * @param key the primary-key columns
 * @param unique the columns of the table's other unique key, empty when it has none
 */
public record MeetingTable(String name, String scope, List<String> key, List<String> unique) {

    /** A table without a secondary unique key. */
    public MeetingTable(String name, String scope, List<String> key) {
        this(name, scope, key, List.of());
    }

    /** The table of merge conflicts (rows from other laptops kept beside the local ones). */
    public static final String CONFLICTS = "merge_conflict";

    private static final String BY_MEETING = "t.meeting_id = :meeting";
    private static final String BY_PLAN = "t.plan_id IN (SELECT id FROM seat_plan WHERE meeting_id = :meeting)";
    private static final String BY_INCIDENT = "t.incident_id IN (SELECT id FROM incident WHERE meeting_id = :meeting)";
    private static final String BY_PROCEDURE = "EXISTS (SELECT 1 FROM incident i WHERE i.meeting_id = :meeting"
            + " AND i.procedure_id = t.procedure_id AND i.procedure_version = t.version)";

    /** Every table of a meeting, parents before children (the order rows can be inserted in). */
    public static final List<MeetingTable> ALL = List.of(
            new MeetingTable("meeting", "t.id = :meeting", List.of("id")),
            new MeetingTable("agenda_item", BY_MEETING, List.of("meeting_id", "position")),
            new MeetingTable("attendee", BY_MEETING, List.of("id")),
            new MeetingTable("seat_plan", BY_MEETING, List.of("id"), List.of("meeting_id")),
            new MeetingTable("seat_block", BY_PLAN, List.of("id")),
            new MeetingTable("seat_assignment", BY_PLAN, List.of("plan_id", "seat_key"), List.of("plan_id", "attendee_id")),
            new MeetingTable("seat_print_snapshot", BY_PLAN, List.of("plan_id", "seat_key")),
            new MeetingTable("service_plan", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("service_block_interval", BY_MEETING, List.of("meeting_id", "block_id")),
            new MeetingTable("service_zone", BY_MEETING, List.of("id")),
            new MeetingTable("service_zone_seat", BY_MEETING, List.of("zone_id", "seat_key"),
                    List.of("meeting_id", "seat_key")),
            new MeetingTable("service_event", BY_MEETING, List.of("id")),
            new MeetingTable("meeting_phase_event", BY_MEETING, List.of("id")),
            new MeetingTable("service_round", BY_MEETING, List.of("meeting_id", "round_number")),
            new MeetingTable("consumables", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("procedure_version", BY_PROCEDURE, List.of("procedure_id", "version")),
            new MeetingTable("procedure_step", BY_PROCEDURE, List.of("procedure_id", "version", "number")),
            new MeetingTable("incident", BY_MEETING, List.of("id")),
            new MeetingTable("incident_version", BY_MEETING, List.of("incident_id", "version")),
            new MeetingTable("step_tick", BY_INCIDENT, List.of("incident_id", "step_number")),
            new MeetingTable("incident_notification", BY_INCIDENT, List.of("id")),
            new MeetingTable("incident_attachment", BY_INCIDENT, List.of("id")),
            new MeetingTable("left_item", BY_MEETING, List.of("id")),
            new MeetingTable("document_copy", BY_MEETING, List.of("id"), List.of("meeting_id", "title", "copy_number")),
            new MeetingTable("document_recovery_close", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("meeting_checklist", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("meeting_checklist_item", BY_MEETING, List.of("id")),
            new MeetingTable("checklist_mark", BY_MEETING, List.of("id")),
            new MeetingTable("survey_meeting_item", BY_MEETING, List.of("meeting_id", "item_id")),
            new MeetingTable("survey_meeting_level", BY_MEETING, List.of("meeting_id", "scale", "level")),
            new MeetingTable("survey_form", BY_MEETING, List.of("id")),
            new MeetingTable("survey_answer", BY_MEETING, List.of("form_id", "item_id")),
            new MeetingTable("complaint", BY_MEETING, List.of("id")),
            new MeetingTable("complaint_version", BY_MEETING, List.of("complaint_id", "version")),
            new MeetingTable("meeting_staffing", BY_MEETING, List.of("id"), List.of("meeting_id", "staff_id")),
            new MeetingTable("staff_assessment", BY_MEETING, List.of("id")),
            new MeetingTable("staff_assessment_score", BY_MEETING, List.of("assessment_id", "position")),
            new MeetingTable("work_order", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("meeting_flow", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("stage_change", BY_MEETING, List.of("id")),
            new MeetingTable("stage_list", BY_MEETING, List.of("meeting_id")),
            new MeetingTable("stage_item", BY_MEETING, List.of("id")),
            new MeetingTable("stage_item_mark", BY_MEETING, List.of("id")),
            new MeetingTable("patrol_round", BY_MEETING, List.of("id"), List.of("meeting_id", "round_number")),
            new MeetingTable(CONFLICTS, BY_MEETING, List.of("id")));

    /** The table of that name. */
    public static MeetingTable named(String name) {
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a meeting table: " + name));
    }
}
