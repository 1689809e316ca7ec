package org.huiwu.model.live;

import java.util.UUID;

/**
 * One record waiting in this laptop's outbox while the venue server could not be reached (decision 0031 and its
 * amendment, decision 0038): a tea tap, a check-in, a new incident or an incident's next version, a checklist mark,
 * an attendee edit, a seat-plan step, a procedure step tick, a complaint or its next version, a survey form or its removal, the survey template, a checklist item's texts, or a meeting's details, in
 * the order they were made. A tap carries its fields in {@link #tap()}; the other kinds carry their values encoded
 * in {@link #body()} (see {@code persistence/QueuedRecords}). Immutable.
 *
 * @param position the order of queueing (ascending)
 * @param kind one of the {@code KIND_} names
 * @param id the record's id (the tap's, the mark's, a new incident's; for a check-in or an incident's next
 *        version the queue entry's own)
 * @param meetingId the meeting, or null where the record does not name it (a check-in)
 * @param body the encoded record (empty for a tap)
 * @param tap the tap, or null for another kind
 */
public record QueuedRecord(long position, String kind, UUID id, UUID meetingId, String body, QueuedTap tap) {

    public static final String KIND_TAP = "TAP";
    public static final String KIND_CHECK_IN = "CHECK_IN";
    public static final String KIND_INCIDENT_NEW = "INCIDENT_NEW";
    public static final String KIND_INCIDENT_VERSION = "INCIDENT_VERSION";
    public static final String KIND_MARK = "MARK";
    /** An attendee's details edited over the values the attendant saw (decision 0038). */
    public static final String KIND_ATTENDEE_EDIT = "ATTENDEE_EDIT";
    /** A seat-plan step (move, lock, unseat, undo, auto-assign, reflow) over the seats as read (decision 0038). */
    public static final String KIND_SEAT_STEP = "SEAT_STEP";
    /** A procedure step ticked or skipped on an incident (its status change follows as an incident version). */
    public static final String KIND_STEP_TICK = "STEP_TICK";
    /** A new complaint (decision 0038). */
    public static final String KIND_COMPLAINT_NEW = "COMPLAINT_NEW";
    /** A complaint's next version: a correction or a status move (decision 0038). */
    public static final String KIND_COMPLAINT_VERSION = "COMPLAINT_VERSION";
    /** A survey form with its answers (decision 0038). */
    public static final String KIND_SURVEY_FORM = "SURVEY_FORM";
    /** A contact notified about an incident (its status change follows as an incident version; decision 0038). */
    public static final String KIND_NOTIFICATION = "NOTIFICATION";
    /** A meeting checklist item's texts edited over the item as seen (decision 0038, amended). */
    public static final String KIND_CHECKLIST_ITEM_EDIT = "CHECKLIST_ITEM_EDIT";
    /** A meeting's details edited over the meeting as seen (decision 0038, amended). */
    public static final String KIND_MEETING_EDIT = "MEETING_EDIT";
    /** A survey form removed; the body is the form's id (decision 0038, amended). */
    public static final String KIND_SURVEY_FORM_REMOVED = "SURVEY_FORM_REMOVED";
    /** The supervisor's survey template as saved (decision 0038, amended). */
    public static final String KIND_SURVEY_TEMPLATE = "SURVEY_TEMPLATE";
    /**
     * A seat plan's layout (a new plan, blocks added, changed or removed) over the version read, with the occupants
     * it drops as seen (decision 0041).
     */
    public static final String KIND_SEAT_LAYOUT = "SEAT_LAYOUT";
    /** A meeting made on this laptop during an outage, as first saved (decision 0040). */
    public static final String KIND_MEETING_NEW = "MEETING_NEW";
    /** A meeting's checklist first opened (copied from the template) during an outage (decision 0040). */
    public static final String KIND_CHECKLIST_NEW = "CHECKLIST_NEW";
    /** An item added to one meeting's checklist during an outage (decision 0040). */
    public static final String KIND_CHECKLIST_ITEM_NEW = "CHECKLIST_ITEM_NEW";
    /** A meeting copied one week later during an outage, with the id of its source (decision 0043). */
    public static final String KIND_MEETING_COPY = "MEETING_COPY";
    /** A meeting deleted during an outage, with what this laptop saw of it and its records (decision 0043). */
    public static final String KIND_MEETING_REMOVED = "MEETING_REMOVED";
    /** A person put on a meeting's staffing during an outage (decision 0043). */
    public static final String KIND_STAFFING_NEW = "STAFFING_NEW";
    /** A staffing line's post or zone changed over the line as seen (decision 0043). */
    public static final String KIND_STAFFING_EDIT = "STAFFING_EDIT";
    /** A person taken off a meeting's staffing; the body is the line's id (decision 0043). */
    public static final String KIND_STAFFING_REMOVED = "STAFFING_REMOVED";
    /** A venue-wide setting saved during an outage, its key and value; the last writer wins (decision 0046). */
    public static final String KIND_SETTING = "SETTING";
    /** A person of the staff roster added or their details changed over the person as seen (decision 0044). */
    public static final String KIND_STAFF_MEMBER = "STAFF_MEMBER";
    /** The venue's posts and duties saved over the posts as read (decision 0044). */
    public static final String KIND_STAFF_POSTS = "STAFF_POSTS";
    /** A confidentiality pledge (保密承诺) recorded during an outage (decision 0044). */
    public static final String KIND_STAFF_PLEDGE = "STAFF_PLEDGE";
    /** An assessment recorded or corrected during an outage, with the one this laptop showed (decision 0044). */
    public static final String KIND_ASSESSMENT = "ASSESSMENT";
    /** Checklist template items added or changed over the items as the editor saw them (decision 0045). */
    public static final String KIND_TEMPLATE_EDIT = "TEMPLATE_EDIT";
    /** A left item registered, handed over or returned, over the line as seen (decision 0045). */
    public static final String KIND_LEFT_ITEM = "LEFT_ITEM";
    /** A tea board's phase change (start, break, resume, end, speaker) made during an outage (decision 0048). */
    public static final String KIND_TEA_PHASE = "TEA_PHASE";
    /** A tea round opened during an outage, with the number it showed as and the last one seen (decision 0048). */
    public static final String KIND_TEA_ROUND = "TEA_ROUND";
    /** A tea round closed during an outage, with the seats found missed (decision 0048). */
    public static final String KIND_TEA_ROUND_CLOSE = "TEA_ROUND_CLOSE";
    /** A tea board's seat record other than a tap (late pour, undone pour, decline, skip, towel, spill, note; 0049). */
    public static final String KIND_TEA_SEAT = "TEA_SEAT";
    /** A new version of the stage checklist template made over the version the editor read (decision 0048). */
    public static final String KIND_STAGE_TEMPLATE = "STAGE_TEMPLATE";
    /** A new version of the assessment form made over the version read (decision 0048). */
    public static final String KIND_ASSESSMENT_FORM = "ASSESSMENT_FORM";
}
