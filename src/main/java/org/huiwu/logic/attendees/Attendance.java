package org.huiwu.logic.attendees;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;

/**
 * The one count of a meeting's attendance (应到 / 实到 / 迟到 / 缺席) that every screen and export shows. The
 * meeting expects its attendees (参会代表, 列席, guests, interpreters); the service staff (会务组, role
 * {@code STAFF}) serve it and are not counted (domain digest: attendees are distinct from staff; decision
 * 0042). Immutable; thread-safe.
 *
 * @param byStatus expected attendees per check-in status (statuses with nobody left out)
 */
public record Attendance(Map<CheckInStatus, Integer> byStatus) {

    public Attendance {
        Map<CheckInStatus, Integer> copy = new EnumMap<>(CheckInStatus.class);
        copy.putAll(byStatus);
        byStatus = Collections.unmodifiableMap(copy);
    }

    /** Whether a person in this role counts as expected at the meeting: everyone but the service staff. */
    public static boolean isExpected(AttendeeRole role) {
        return role != AttendeeRole.STAFF;
    }

    /** The attendance of the loaded attendees. */
    public static Attendance of(Collection<Attendee> attendees) {
        Map<CheckInStatus, Integer> counts = new EnumMap<>(CheckInStatus.class);
        attendees.stream().filter(a -> isExpected(a.role())).forEach(a -> counts.merge(a.checkIn(), 1, Integer::sum));
        return new Attendance(counts);
    }

    /** The attendance of exported attendee rows (columns {@code role} and {@code check_in}, enum names). */
    public static Attendance ofRows(List<Map<String, Object>> rows) {
        Map<CheckInStatus, Integer> counts = new EnumMap<>(CheckInStatus.class);
        for (Map<String, Object> row : rows) {
            Object role = row.get("role");
            if (role == null || isExpected(AttendeeRole.valueOf(role.toString()))) {
                counts.merge(CheckInStatus.valueOf(row.get("check_in").toString()), 1, Integer::sum);
            }
        }
        return new Attendance(counts);
    }

    /** 应到: how many the meeting expects, whatever their check-in. */
    public int expected() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** 实到: how many came (arrived or late). */
    public int present() {
        return count(CheckInStatus.ARRIVED) + count(CheckInStatus.LATE);
    }

    public int count(CheckInStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
