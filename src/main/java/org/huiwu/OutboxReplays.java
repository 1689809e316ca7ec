package org.huiwu;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.huiwu.logic.attendees.AttendeeEditReplay;
import org.huiwu.logic.checklists.ChecklistCreationReplays;
import org.huiwu.logic.checklists.ChecklistItemEditReplay;
import org.huiwu.logic.checklists.ChecklistTemplateReplay;
import org.huiwu.logic.flow.StageTemplateReplay;
import org.huiwu.logic.incidents.LeftItemReplay;
import org.huiwu.logic.live.DeskReplays;
import org.huiwu.logic.live.Replay;
import org.huiwu.logic.meetings.MeetingCheck;
import org.huiwu.logic.meetings.MeetingCopyReplay;
import org.huiwu.logic.meetings.MeetingCreateReplay;
import org.huiwu.logic.meetings.MeetingEditReplay;
import org.huiwu.logic.meetings.MeetingRemovalReplay;
import org.huiwu.logic.rounds.SeatRecordReplay;
import org.huiwu.logic.rounds.TeaServiceReplays;
import org.huiwu.logic.seating.SeatLayoutReplay;
import org.huiwu.logic.seating.SeatStepReplay;
import org.huiwu.logic.settings.VenueSettingReplay;
import org.huiwu.logic.staff.AssessmentFormReplay;
import org.huiwu.logic.staff.ClassifiedStaffCheck;
import org.huiwu.logic.staff.MeetingStaffing;
import org.huiwu.logic.staff.StaffRecordReplays;
import org.huiwu.logic.staff.StaffingReplays;
import org.huiwu.model.live.QueuedRecord;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.SettingDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.huiwu.persistence.StageListDao;
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
        MeetingCheck pledges = pledgeRule(database);
        return Map.ofEntries(
                Map.entry(QueuedRecord.KIND_MEETING_NEW,
                        new MeetingCreateReplay(database.dao(MeetingDao.class), pledges)),
                Map.entry(QueuedRecord.KIND_CHECKLIST_NEW, ChecklistCreationReplays
                        .checklists(database.dao(MeetingChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_CHECKLIST_ITEM_NEW, ChecklistCreationReplays
                        .items(database.dao(MeetingChecklistDao.class))),
                Map.entry(QueuedRecord.KIND_MEETING_COPY,
                        new MeetingCopyReplay(database.dao(MeetingDao.class))),
                Map.entry(QueuedRecord.KIND_MEETING_REMOVED, new MeetingRemovalReplay(
                        database.dao(MeetingDao.class), database.dao(AttendeeDao.class),
                        database.dao(IncidentDao.class),
                        database.dao(MeetingChecklistDao.class), new MeetingRemovalReplay.Parts(
                                database.dao(SeatPlanDao.class), database.dao(StaffingDao.class),
                                database.dao(ComplaintDao.class),
                                database.dao(AttachmentDao.class)))),
                Map.entry(QueuedRecord.KIND_STAFFING_NEW, StaffingReplays.added(
                        database.dao(StaffingDao.class),
                        database.dao(StaffDao.class), database.dao(MeetingDao.class))),
                Map.entry(QueuedRecord.KIND_STAFFING_EDIT, StaffingReplays.changed(
                        database.dao(StaffingDao.class))),
                Map.entry(QueuedRecord.KIND_TEMPLATE_EDIT, new ChecklistTemplateReplay(
                        database.dao(ChecklistTemplateDao.class))),
                Map.entry(QueuedRecord.KIND_LEFT_ITEM, new LeftItemReplay(
                        database.dao(LeftItemDao.class))),
                Map.entry(QueuedRecord.KIND_STAFFING_REMOVED, StaffingReplays.removed(
                        database.dao(StaffingDao.class))),
                Map.entry(QueuedRecord.KIND_SETTING, new VenueSettingReplay(
                        database.dao(SettingDao.class))),
                Map.entry(QueuedRecord.KIND_STAFF_MEMBER, StaffRecordReplays.members(
                        database.dao(StaffDao.class))),
                Map.entry(QueuedRecord.KIND_STAFF_POSTS, StaffRecordReplays.posts(
                        database.dao(StaffDao.class))),
                Map.entry(QueuedRecord.KIND_STAFF_PLEDGE, StaffRecordReplays.pledges(
                        database.dao(StaffDao.class))),
                Map.entry(QueuedRecord.KIND_ASSESSMENT, StaffRecordReplays.assessments(
                        database.dao(AssessmentDao.class))),
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
                Map.entry(QueuedRecord.KIND_TEA_PHASE, TeaServiceReplays.phases(
                        database.dao(ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_ROUND, TeaServiceReplays.rounds(
                        database.dao(ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_ROUND_CLOSE, TeaServiceReplays.closes(
                        database.dao(ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_TEA_SEAT, new SeatRecordReplay( // decision 0049
                        database.dao(ServiceEventDao.class))),
                Map.entry(QueuedRecord.KIND_STAGE_TEMPLATE, StageTemplateReplay.over(
                        database.dao(StageListDao.class))),
                Map.entry(QueuedRecord.KIND_ASSESSMENT_FORM, AssessmentFormReplay.over(
                        database.dao(AssessmentDao.class))),
                Map.entry(QueuedRecord.KIND_SURVEY_TEMPLATE,
                        DeskReplays.surveyTemplates(database.dao(SurveyDao.class))));
    }

    /**
     * The pledge rule of 涉密 over the server's staff and staffing, checked again as a queued meeting is sent
     * (decision 0040); the rule reads no clock and makes no ids.
     */
    private static MeetingCheck pledgeRule(Database database) {
        return new ClassifiedStaffCheck(new MeetingStaffing(
                database.dao(StaffingDao.class), database.dao(StaffDao.class),
                Clock.systemUTC(), UUID::randomUUID));
    }
}
