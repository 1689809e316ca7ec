package org.huiwu.ui.attendees;

import java.util.List;
import java.util.Set;

import org.huiwu.logic.attendees.Attendance;
import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;

/** The texts above the attendee table: the list's size, 应到 and check-ins, and the warnings (duplicate names, tied ranks). Stateless. */
final class AttendeeSummary {

    private AttendeeSummary() {
    }

    /**
     * The people on the list, then the one 应到 and its check-ins as the seating screen and the exports count them
     * ({@link Attendance}: the service staff on the list are not expected, decision 0042).
     */
    static String counts(I18n i18n, List<Attendee> loaded) {
        Attendance attendance = Attendance.of(loaded);
        return i18n.format("attendee.summary", loaded.size(), attendance.expected(),
                attendance.count(CheckInStatus.ARRIVED), attendance.count(CheckInStatus.LATE),
                attendance.count(CheckInStatus.ABSENT));
    }

    static String warnings(I18n i18n, Set<String> duplicates, Set<Integer> ties) {
        StringBuilder text = new StringBuilder();
        if (!duplicates.isEmpty()) {
            text.append(i18n.format("attendee.warning.duplicates", String.join(i18n.get("list.separator"), duplicates)));
        }
        if (!ties.isEmpty()) {
            if (text.length() > 0) {
                text.append("  ");
            }
            text.append(i18n.format("attendee.warning.ties",
                    String.join(i18n.get("list.separator"), ties.stream().map(String::valueOf).toList())));
        }
        return text.toString();
    }
}
