package org.huiwu.ui.seating;

import java.util.List;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.SeatPlanRejectedException;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;

/** The sentences of the seating screen: counts and plan problems. Stateless. */
final class SeatingTexts {

    private SeatingTexts() {
    }

    /** Expected / arrived / late / absent, counting everyone but staff. */
    static String counts(I18n i18n, List<Attendee> attendees) {
        List<Attendee> expected = attendees.stream().filter(a -> a.role() != AttendeeRole.STAFF).toList();
        return i18n.format("seating.counts", expected.size(), count(expected, CheckInStatus.ARRIVED),
                count(expected, CheckInStatus.LATE), count(expected, CheckInStatus.ABSENT));
    }

    private static long count(List<Attendee> attendees, CheckInStatus status) {
        return attendees.stream().filter(a -> a.checkIn() == status).count();
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
