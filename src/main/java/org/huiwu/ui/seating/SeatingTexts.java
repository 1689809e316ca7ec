package org.huiwu.ui.seating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.Attendance;
import org.huiwu.logic.seating.SeatPlanRejectedException;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.SeatAssignments;

/** The sentences of the seating screen: counts, seat badges and plan problems. Stateless. */
final class SeatingTexts {

    private SeatingTexts() {
    }

    /** Expected / arrived / late / absent, as {@link Attendance} counts them (the report's figures too). */
    static String counts(I18n i18n, List<Attendee> attendees) {
        Attendance attendance = Attendance.of(attendees);
        return i18n.format("seating.counts", attendance.expected(), attendance.count(CheckInStatus.ARRIVED),
                attendance.count(CheckInStatus.LATE), attendance.count(CheckInStatus.ABSENT));
    }

    /**
     * The badges on the seat tiles: 主持 on the presider's seat and 发言 on the seats of those speaking now
     * (the bundle's words), both on one seat when the presider speaks.
     */
    static Map<String, String> badges(I18n i18n, Set<String> presiderSeats, Set<String> interpreterSeats,
            Set<UUID> speakers, SeatAssignments assignments) {
        Map<String, String> badges = new HashMap<>();
        presiderSeats.forEach(seat -> badges.put(seat, i18n.get("seating.map.presider")));
        interpreterSeats.forEach(seat -> badges.put(seat, i18n.get("seating.map.interpreter")));
        for (UUID speaker : speakers) {
            assignments.seatOf(speaker).ifPresent(seat -> badges.merge(seat, i18n.get("seating.map.speaking"),
                    (presider, speaking) -> presider + " · " + speaking));
        }
        return badges;
    }

    static String problem(I18n i18n, SeatPlanRejectedException rejected) {
        Object[] arguments = rejected.arguments().toArray();
        if (arguments.length > 1 && arguments[1] instanceof String key && key.startsWith("seating.size.")) {
            arguments[1] = i18n.get(key);
        }
        if (arguments.length > 0 && "".equals(arguments[0])) {
            arguments[0] = i18n.get("seating.block.unnamed");
        }
        return i18n.format(rejected.problem().messageKey(), arguments);
    }
}
