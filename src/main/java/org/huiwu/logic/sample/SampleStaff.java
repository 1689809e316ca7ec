package org.huiwu.logic.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;

/**
 * The sample's service staff: four people on the shipped posts, their pledges (王丽's has expired, 赵敏 has
 * none), three of them staffed on the sample meeting in the tea-service zones, and the meeting's
 * assessments. Fixed ids, so a second sample meeting reuses the people. All names invented. Synchronous;
 * call it off the FX thread, once, when the sample meeting is created.
 */
final class SampleStaff {

    static final UUID SUPERVISOR = UUID.fromString("5a3d1e00-0000-4000-8000-00000000f001");
    static final UUID PODIUM_TEA = UUID.fromString("5a3d1e00-0000-4000-8000-00000000f002");
    static final UUID AUDIENCE_TEA = UUID.fromString("5a3d1e00-0000-4000-8000-00000000f003");
    static final UUID GREETER = UUID.fromString("5a3d1e00-0000-4000-8000-00000000f004");
    private static final UUID SUPERVISOR_POST = UUID.fromString("5fa00001-0000-4000-8000-000000000001");
    private static final UUID GREETING_POST = UUID.fromString("5fa00001-0000-4000-8000-000000000002");
    private static final UUID TEA_POST = UUID.fromString("5fa00001-0000-4000-8000-000000000004");

    private final StaffDesk staff;

    SampleStaff(StaffDesk staff) {
        this.staff = staff;
    }

    void add(Meeting meeting) {
        LocalDate day = meeting.date();
        StaffMember lv = person(SUPERVISOR, "吕佳", SUPERVISOR_POST, "高级", "13800000001", day.minusYears(6));
        StaffMember liu = person(PODIUM_TEA, "刘芳", TEA_POST, "中级", "13800000002", day.minusYears(3));
        StaffMember wang = person(AUDIENCE_TEA, "王丽", TEA_POST, "初级", "13800000003", day.minusYears(1));
        person(GREETER, "赵敏", GREETING_POST, "初级", "13800000004", day.minusMonths(4));
        pledge(lv, day.minusMonths(5), day.plusMonths(7));
        pledge(liu, day.minusMonths(2), day.plusMonths(10));
        pledge(wang, day.minusMonths(14), day.minusMonths(2));
        staff.staffing().assign(meeting, lv.id(), SUPERVISOR_POST, "全场", "吕佳");
        staff.staffing().assign(meeting, liu.id(), TEA_POST, SampleTeaService.PODIUM_ATTENDANT, "吕佳");
        staff.staffing().assign(meeting, wang.id(), TEA_POST, SampleTeaService.AUDIENCE_ATTENDANT, "吕佳");
        AssessmentTemplate form = staff.assessments().template();
        staff.assessments().record(liu, day, meeting.id(), form, scores(form, 0), "吕佳", "主席台续水及时。");
        staff.assessments().record(wang, day, meeting.id(), form, scores(form, 2), "吕佳", "后排茶几有水渍，已提醒。");
    }

    private StaffMember person(UUID id, String name, UUID post, String grade, String phone, LocalDate start) {
        return staff.roster().save(new StaffMember(id, name, post, grade, phone, start, ""));
    }

    private void pledge(StaffMember person, LocalDate signed, LocalDate until) {
        if (staff.roster().pledgesOf(person.id()).isEmpty()) {
            staff.roster().recordPledge(person.id(), signed, until, "", "吕佳");
        }
    }

    /** Full marks on every item less {@code lost} points on each of the last two items. */
    private static List<Integer> scores(AssessmentTemplate form, int lost) {
        int n = form.items().size();
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> Math.max(0,
                form.items().get(i).maxScore() - (i >= n - 2 ? lost : 0))).toList();
    }
}
