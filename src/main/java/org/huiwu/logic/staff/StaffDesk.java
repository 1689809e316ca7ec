package org.huiwu.logic.staff;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;

/** The service staff's logic in one place for the composition root: roster, staffing and assessments. Immutable. */
public record StaffDesk(StaffRoster roster, MeetingStaffing staffing, Assessments assessments) {

    public static StaffDesk create(StaffDao staff, StaffingDao staffing, AssessmentDao assessments, Clock clock,
            Supplier<UUID> ids) {
        return new StaffDesk(new StaffRoster(staff, clock, ids), new MeetingStaffing(staffing, staff, clock, ids),
                new Assessments(assessments, clock, ids));
    }
}
