package org.huiwu.logic.sample;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.logic.attendees.Attendance;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.Side;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentDraft;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SpeakerStand;

/**
 * Creates the realistic sample meeting a newcomer can open: a municipal executive meeting with an
 * agenda, podium leaders and delegates (all names invented), seated on a podium of seven and an
 * audience of three rows, with a tea-service plan and 50 minutes of service history (see
 * {@link SampleTeaService}) and a service checklist under way (see {@link SampleChecklist}). It has a
 * fixed id, so asking for it twice
 * returns the one already there. Synchronous; call it off the FX thread.
 */
public final class SampleMeeting {

    /** The sample meeting's fixed id. */
    public static final UUID ID = UUID.fromString("5a3d1e00-0000-4000-8000-000000000001");

    private static final String[][] PEOPLE = {
        // name, organisation, position, role
        {"王建国", "南通市人民政府", "市长", "LEADER"},
        {"李文华", "南通市人民政府", "常务副市长", "LEADER"},
        {"张志强", "南通市人民政府", "副市长", "LEADER"},
        {"陈丽萍", "南通市人民政府", "副市长", "LEADER"},
        {"刘海涛", "南通市人民政府", "副市长", "LEADER"},
        {"赵明", "南通市人民政府", "秘书长", "LEADER"},
        {"孙玉兰", "南通市人民政府办公室", "主任", "LEADER"},
        {"周卫东", "市发展和改革委员会", "主任", "DELEGATE"},
        {"吴晓燕", "市财政局", "局长", "DELEGATE"},
        {"郑国平", "市教育局", "局长", "DELEGATE"},
        {"冯雪梅", "市卫生健康委员会", "主任", "DELEGATE"},
        {"蒋立新", "市住房和城乡建设局", "局长", "DELEGATE"},
        {"韩静", "市交通运输局", "局长", "DELEGATE"},
        {"杨帆", "市生态环境局", "局长", "DELEGATE"},
        {"朱宏伟", "市应急管理局", "局长", "DELEGATE"},
        {"秦晓光", "市机关事务管理局", "局长", "DELEGATE"},
        {"许婷", "崇川区人民政府", "区长", "OBSERVER"},
        {"何建军", "海门区人民政府", "区长", "OBSERVER"},
        {"吕佳", "市政府办公室", "会务组", "STAFF"},
    };

    private final MeetingCatalog catalog;
    private final AttendeeRoster roster;
    private final SeatPlans seatPlans;
    private final SeatingPlanner planner;
    private final SampleTeaService teaService;
    private final Clock clock;
    private final IncidentDesk incidents;
    private final ServiceChecklists checklists;
    private final SampleFeedback feedback;
    private final SampleStaff staff;
    private final SampleFlow flow;

    public SampleMeeting(MeetingCatalog catalog, AttendeeRoster roster, SeatPlans seatPlans, SeatingPlanner planner,
            ServicePlans servicePlans, ServiceLog serviceLog, Clock clock, IncidentDesk incidents,
            ServiceChecklists checklists, FeedbackDesk feedback, StaffDesk staff, RoomBook rooms, MeetingFlows flows) {
        this.catalog = catalog;
        this.roster = roster;
        this.seatPlans = seatPlans;
        this.planner = planner;
        this.teaService = new SampleTeaService(servicePlans, serviceLog, clock);
        this.clock = clock;
        this.incidents = incidents;
        this.checklists = checklists;
        this.feedback = new SampleFeedback(feedback, clock);
        this.staff = new SampleStaff(staff);
        this.flow = new SampleFlow(rooms, flows);
    }

    /** Creates the sample meeting unless it already exists, and returns its id. */
    public UUID ensure() {
        Optional<Meeting> existing = catalog.find(ID);
        if (existing.isPresent()) {
            return ID;
        }
        SampleTimes times = SampleTimes.at(clock);
        Meeting sample = catalog.save(meeting(times));
        roster.importAll(attendees());
        seat(times);
        logIncidents();
        new SampleChecklist(checklists).tick(ID);
        feedback.add(ID);
        staff.add(sample);
        flow.add(sample);
        return ID;
    }

    /**
     * Two incidents and a left item: a podium microphone failure, handled by its first three steps,
     * its description corrected and resolved; a disturbance still open; an umbrella not yet returned.
     */
    private void logIncidents() {
        UUID audience = UUID.nameUUIDFromBytes((ID + "/audience").getBytes(StandardCharsets.UTF_8));
        UUID podium = UUID.nameUUIDFromBytes((ID + "/podium").getBytes(StandardCharsets.UTF_8));
        Instant now = clock.instant();
        Incident microphone = incidents.log().report(new IncidentDraft(ID, now.minus(Duration.ofMinutes(40)), "吕佳",
                IncidentType.AUDIO_FAILURE, "主席台", PlannedSeat.keyOf(podium, 1, 4), Severity.GENERAL,
                "主席台话筒无声"));
        incidents.log().correct(microphone.id(), microphone.details()
                .withDescription("主席台4号位话筒无声，已换备用话筒，系接线松动"), "吕佳");
        for (int step = 1; step <= 3; step++) {
            incidents.checklists().tick(microphone.id(), step, "吕佳");
        }
        incidents.log().setStatus(microphone.id(), IncidentStatus.RESOLVED, "吕佳");
        incidents.log().report(new IncidentDraft(ID, now.minus(Duration.ofMinutes(15)), "吕佳",
                IncidentType.DISTURBANCE, "会议室后门", "", Severity.MAJOR, "一名未登记人员欲进入会场，已请其在门外等候"));
        incidents.leftItems().register(ID, "黑色雨伞", "2排3号", PlannedSeat.keyOf(audience, 2, 3), "吕佳");
    }

    /**
     * A podium of seven presided from the front-row centre by the No.2 (the suggestion, so no one is
     * chosen by name) with a speaker's stand at its front right, and an audience of three rows,
     * auto-assigned from the precedence list, with tea service.
     */
    private void seat(SampleTimes times) {
        SeatPlan plan = SeatPlan.empty(UUID.nameUUIDFromBytes((ID + "/plan").getBytes(StandardCharsets.UTF_8)), ID)
                .withBlocks(List.of(
                        SeatBlock.podium(UUID.nameUUIDFromBytes((ID + "/podium").getBytes(StandardCharsets.UTF_8)),
                                "", List.of(7)).withOptions(BlockOptions.NONE
                                .withPresider(PresiderPlacement.FRONT_CENTRE, null)
                                .withSpeakerStand(SpeakerStand.FRONT_RIGHT)),
                        SeatBlock.audience(UUID.nameUUIDFromBytes((ID + "/audience").getBytes(StandardCharsets.UTF_8)),
                                "", List.of(8, 8, 8), 4)));
        List<PlannedSeat> seats = seatPlans.save(plan);
        SeatAssignments assignments = planner.autoAssign(plan, seats, roster.list(ID), SeatAssignments.none());
        seatPlans.saveAssignments(plan.id(), assignments);
        teaService.add(ID, seats, assignments, times.teaSince());
    }

    private static Meeting meeting(SampleTimes times) {
        String[][] items = {{"传达学习上级会议精神", "王建国"}, {"审议《南通市城市更新行动实施方案》", "蒋立新"},
                {"研究今冬明春安全生产工作", "朱宏伟"}, {"其他事项", "李文华"}};
        List<AgendaItem> agenda = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            LocalTime at = times.agendaItem(i);
            if (at != null) {
                agenda.add(new AgendaItem(at, items[i][0], items[i][1]));
            }
        }
        return new Meeting(ID, "市政府第28次常务会议", MeetingCategory.STANDING_COMMITTEE, times.date(),
                times.start(), times.end(), "市行政中心1号会议室", "南通市人民政府",
                "南通市机关事务管理局", Confidentiality.INTERNAL, false, expectedCount(), "吕佳", "0513-85000000",
                "会前30分钟完成会场检查；主席台7人。", agenda);
    }

    /** 预计人数 as the list gives it: everyone but the service staff (decision 0042), as 应到 counts everywhere. */
    private static int expectedCount() {
        return (int) Arrays.stream(PEOPLE).filter(p -> Attendance.isExpected(AttendeeRole.valueOf(p[3]))).count();
    }

    private static List<Attendee> attendees() {
        List<Attendee> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String[] p = PEOPLE[i];
            UUID id = UUID.nameUUIDFromBytes((ID + "/attendee/" + i).getBytes(StandardCharsets.UTF_8));
            people.add(new Attendee(id, ID, p[0], p[1], p[2], i + 1, AttendeeRole.valueOf(p[3]), Side.NONE,
                    CheckInStatus.EXPECTED, ""));
        }
        return people;
    }
}
