package org.huiwu;

import java.util.Map;

import org.huiwu.logic.attendees.AttendeeEditReplay;
import org.huiwu.logic.checklists.ChecklistItemEditReplay;
import org.huiwu.logic.live.DeskReplays;
import org.huiwu.logic.live.Replay;
import org.huiwu.logic.meetings.MeetingEditReplay;
import org.huiwu.logic.seating.SeatLayoutReplay;
import org.huiwu.logic.seating.SeatStepReplay;
import org.huiwu.model.live.QueuedRecord;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.SurveyDao;

/**
 * The part of the composition root that tells the outbox sender how the queued records features own are sent
 * (decision 0038), each over the venue server's own DAOs (never the offline ones). Stateless.
 */
public final class OutboxReplays {

    private OutboxReplays() {
    }

    /** The replays by kind, over {@code database} (the venue server's store). */
    public static Map<String, Replay> of(Database database) {
        org.huiwu.logic.meetings.MeetingCheck pledges = pledgeRule(database);
        return Map.ofEntries(
                Map.entry(QueuedRecord.KIND_MEETING_NEW,
                        new org.huiwu.logic.meetings.MeetingCreateReplay(database.dao(MeetingDao.class), pledges)),
                Map.entry(QueuedRecord.KIND_CHECKLIST_NEW, org.huiwu.logic.checklists.ChecklistCreationReplays
                        .checklists(database.dao(MeetingChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_CHECKLIST_ITEM_NEW, org.huiwu.logic.checklists.ChecklistCreationReplays
                        .items(database.dao(MeetingChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_MEETING_COPY,
                        new org.huiwu.logic.meetings.MeetingCopyReplay(database.dao(MeetingDao.class))),
                Map.entry(QueuedRecord.KIND_MEETING_REMOVED, new org.huiwu.logic.meetings.MeetingRemovalReplay(
                        database.dao(MeetingDao.class), database.dao(AttendeeDao.class),
                        database.dao(org.huiwu.persistence.IncidentDao.class),
                        database.dao(MeetingChecklistDao.class), new org.huiwu.logic.meetings.MeetingRemovalReplay.Parts(
                                database.dao(SeatPlanDao.class), database.dao(org.huiwu.persistence.StaffingDao.class),
                                database.dao(ComplaintDao.class),
                                database.dao(org.huiwu.persistence.AttachmentDao.class)))),
                Map.entry(QueuedRecord.KIND_STAFFING_NEW, org.huiwu.logic.staff.StaffingReplays.added(
                        database.dao(org.huiwu.persistence.StaffingDao.class),
                        database.dao(org.huiwu.persistence.StaffDao.class), database.dao(MeetingDao.class))),
                Map.entry(QueuedRecord.KIND_STAFFING_EDIT, org.huiwu.logic.staff.StaffingReplays.changed(
                        database.dao(org.huiwu.persistence.StaffingDao.class))),
                Map.entry(QueuedRecord.KIND_TEMPLATE_EDIT, new org.huiwu.logic.checklists.ChecklistTemplateReplay(
                        database.dao(org.huiwu.persistence.ChecklistTemplateDao.class))),
                Map.entry(QueuedRecord.KIND_LEFT_ITEM, new org.huiwu.logic.incidents.LeftItemReplay(
                        database.dao(org.huiwu.persistence.LeftItemDao.class))),
                Map.entry(QueuedRecord.KIND_STAFFING_REMOVED, org.huiwu.logic.staff.StaffingReplays.removed(
                        database.dao(org.huiwu.persistence.StaffingDao.class))),
                Map.entry(QueuedRecord.KIND_SETTING, new org.huiwu.logic.settings.VenueSettingReplay(
                        database.dao(org.huiwu.persistence.SettingDao.class))),
                Map.entry(QueuedRecord.KIND_STAFF_MEMBER, org.huiwu.logic.staff.StaffRecordReplays.members(
                        database.dao(org.huiwu.persistence.StaffDao.class))),
                Map.entry(QueuedRecord.KIND_STAFF_POSTS, org.huiwu.logic.staff.StaffRecordReplays.posts(
                        database.dao(org.huiwu.persistence.StaffDao.class))),
                Map.entry(QueuedRecord.KIND_STAFF_PLEDGE, org.huiwu.logic.staff.StaffRecordReplays.pledges(
                        database.dao(org.huiwu.persistence.StaffDao.class))),
                Map.entry(QueuedRecord.KIND_ASSESSMENT, org.huiwu.logic.staff.StaffRecordReplays.assessments(
                        database.dao(org.huiwu.persistence.AssessmentDao.class))),
                Map.entry(QueuedRecord.KIND_MEETING_EDIT,
                        new MeetingEditReplay(database.dao(MeetingDao.class), pledges)),
                Map.entry(QueuedRecord.KIND_CHECKLIST_ITEM_EDIT,
                        new ChecklistItemEditReplay(database.dao(MeetingChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_ATTENDEE_EDIT,
                        new AttendeeEditReplay(database.dao(AttendeeDao.class))),
                Map.entry(QueuedRecord.KIND_SEAT_STEP,
                        new SeatStepReplay(database.dao(SeatPlanDao.class))),
                Map.entry(QueuedRecord.KIND_SEAT_LAYOUT,
                        new SeatLayoutReplay(database.dao(SeatPlanDao.class))),
                Map.entry(QueuedRecord.KIND_STEP_TICK,
                        DeskReplays.ticks(database.dao(ChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_NOTIFICATION,
                        DeskReplays.notifications(database.dao(ChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_COMPLAINT_NEW,
                        DeskReplays.newComplaints(database.dao(ComplaintDao.class))),
                Map.entry(QueuedRecord.KIND_COMPLAINT_VERSION,
                        DeskReplays.complaintVersions(database.dao(ComplaintDao.class))),
                Map.entry(QueuedRecord.KIND_SURVEY_FORM,
                        DeskReplays.surveyForms(database.dao(SurveyDao.class))),
                Map.entry(QueuedRecord.KIND_SURVEY_FORM_REMOVED,
                        DeskReplays.surveyFormRemovals(database.dao(SurveyDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_PHASE, org.huiwu.logic.rounds.TeaServiceReplays.phases(
                        database.dao(org.huiwu.persistence.ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_ROUND, org.huiwu.logic.rounds.TeaServiceReplays.rounds(
                        database.dao(org.huiwu.persistence.ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_ROUND_CLOSE, org.huiwu.logic.rounds.TeaServiceReplays.closes(
                        database.dao(org.huiwu.persistence.ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_SEAT, new org.huiwu.logic.rounds.SeatRecordReplay( // decision 0049
                        database.dao(org.huiwu.persistence.ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_STAGE_TEMPLATE, new org.huiwu.logic.flow.StageTemplateReplay(
                        database.dao(org.huiwu.persistence.StageListDao.class))),
                Map.entry(QueuedRecord.KIND_ASSESSMENT_FORM, new org.huiwu.logic.staff.AssessmentFormReplay(
                        database.dao(org.huiwu.persistence.AssessmentDao.class))),
                Map.entry(QueuedRecord.KIND_SURVEY_TEMPLATE,
                        DeskReplays.surveyTemplates(database.dao(SurveyDao.class))));
    }

    /**
     * The pledge rule of 涉密 over the server's staff and staffing, checked again as a queued meeting is sent
     * (decision 0040); the rule reads no clock and makes no ids.
     */
    private static org.huiwu.logic.meetings.MeetingCheck pledgeRule(Database database) {
        return new org.huiwu.logic.staff.ClassifiedStaffCheck(new org.huiwu.logic.staff.MeetingStaffing(
                database.dao(org.huiwu.persistence.StaffingDao.class), database.dao(org.huiwu.persistence.StaffDao.class),
                java.time.Clock.systemUTC(), java.util.UUID::randomUUID));
    }
}
