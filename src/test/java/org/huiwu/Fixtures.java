package org.huiwu;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.AgendaItem;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.Side;

/** Builders for meetings and attendees used across the tests. Test code; stateless. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A fully filled-in meeting with a three-item Chinese agenda. */
    public static Meeting meeting(String title, LocalDate date) {
        return new Meeting(UUID.randomUUID(), title, MeetingCategory.STANDING_COMMITTEE, date, LocalTime.of(9, 0),
                LocalTime.of(11, 30), "市行政中心1号会议室", "南通市人民政府", "市机关事务管理局",
                Confidentiality.INTERNAL, true, 25, "吕佳", "0513-85000000", "会前30分钟完成会场检查",
                List.of(new AgendaItem(LocalTime.of(9, 0), "传达学习上级会议精神", "王建国"),
                        new AgendaItem(LocalTime.of(9, 30), "审议《城市更新行动实施方案》", "蒋立新"),
                        new AgendaItem(null, "其他事项", "")));
    }

    /** A delegate of {@code meetingId} with the given name and rank, expected to check in. */
    public static Attendee attendee(UUID meetingId, String name, int rank) {
        return new Attendee(UUID.randomUUID(), meetingId, name, "市财政局", "局长", rank, AttendeeRole.DELEGATE,
                Side.NONE, CheckInStatus.EXPECTED, "");
    }
}
