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

    /**
     * The records {@code part} reads, or null when the venue server cannot be reached and this laptop never read them
     * (a person's page shows the rest, decision 0044). Call off the FX thread.
     */
    public static <T> java.util.List<T> readOrNone(Supplier<java.util.List<T>> part) {
        try {
            return part.get();
        } catch (RuntimeException e) {
            if (!org.huiwu.persistence.OfflineDaos.unreachable(e)) {
                throw e;
            }
            return null;
        }
    }
}
