package org.huiwu.logic.seating.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Meeting;
import org.huiwu.model.Side;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;

/** A seated meeting for the printout tests: a podium of 7 and an audience of 3 rows of 8 with aisles. */
final class SeatingFixture {

    static final I18n CHINESE = new I18n(Locale.SIMPLIFIED_CHINESE);
    static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    static final String[] NAMES = {"王建国", "李文华", "张志强", "陈丽萍", "刘海涛", "赵明", "孙玉兰",
        "周卫东", "吴晓燕", "郑国平", "冯雪梅", "蒋立新", "韩静", "杨帆", "朱宏伟", "秦晓光", "许婷", "何建军",
        "欧阳明远", "司马相如", "马丽", "林涛"};

    final Meeting meeting;
    final SeatPlan plan;
    final List<PlannedSeat> seats;
    final List<Attendee> attendees;
    final SeatAssignments assignments;

    SeatingFixture() {
        this(List.of(NAMES));
    }

    SeatingFixture(List<String> names) {
        UUID meetingId = UUID.randomUUID();
        meeting = new Meeting(meetingId, "市政府第28次常务会议", org.huiwu.model.MeetingCategory.STANDING_COMMITTEE,
                LocalDate.of(2026, 11, 27), null, null, "市行政中心1号会议室", "", "", org.huiwu.model.Confidentiality.ORDINARY,
                false, names.size(), "", "", "", List.of());
        plan = SeatPlan.empty(UUID.randomUUID(), meetingId).withBlocks(List.of(
                SeatBlock.podium(UUID.randomUUID(), "", List.of(7)),
                SeatBlock.audience(UUID.randomUUID(), "", List.of(8, 8, 8), 4)));
        seats = new SeatLayout().seats(plan);
        List<Attendee> people = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            people.add(new Attendee(UUID.randomUUID(), meetingId, names.get(i), i < 7 ? "南通市人民政府" : "市财政局",
                    i < 7 ? "副市长" : "局长", i + 1, i < 7 ? AttendeeRole.LEADER : AttendeeRole.DELEGATE, Side.NONE,
                    CheckInStatus.EXPECTED, ""));
        }
        attendees = List.copyOf(people);
        assignments = new SeatingPlanner().autoAssign(seats, attendees, SeatAssignments.none());
    }

    SeatChart chart(Viewpoint viewpoint) {
        return SeatChart.describe(CHINESE, meeting, plan, seats, assignments, attendees, viewpoint);
    }
}
