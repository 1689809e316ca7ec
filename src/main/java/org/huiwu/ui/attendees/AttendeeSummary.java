package org.huiwu.ui.attendees;

import java.util.List;
import java.util.Set;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;

/** The texts above the attendee table: the check-in counts and the warnings (duplicate names, tied ranks). Stateless. */
final class AttendeeSummary {

    private AttendeeSummary() {
    }

    static String counts(I18n i18n, List<Attendee> loaded) {
        long arrived = loaded.stream().filter(a -> a.checkIn() == CheckInStatus.ARRIVED).count();
        long late = loaded.stream().filter(a -> a.checkIn() == CheckInStatus.LATE).count();
        long absent = loaded.stream().filter(a -> a.checkIn() == CheckInStatus.ABSENT).count();
        return i18n.format("attendee.summary", loaded.size(), arrived, late, absent);
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
