package org.huiwu.ui.seating;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.logic.text.PinyinInitials;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;

/**
 * The seating screen's search: the seats whose occupant's name contains the text typed, or matches it
 * as pinyin initials ("wjg" finds 王建国), highlighted on the map. FX thread only.
 */
final class SeatSearch {

    private Set<String> hits = Set.of();

    /** Finds the seats of the people in {@code assignments} whose name matches {@code text}; empty text finds none. */
    void find(String text, SeatAssignments assignments, Map<UUID, Attendee> people) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        if (!needle.isEmpty()) {
            for (Map.Entry<String, UUID> entry : assignments.occupantBySeat().entrySet()) {
                Attendee person = people.get(entry.getValue());
                if (person != null && (person.name().toLowerCase(Locale.ROOT).contains(needle)
                        || PinyinInitials.matches(person.name(), needle))) {
                    found.add(entry.getKey());
                }
            }
        }
        hits = found;
    }

    /** The seats found, highlighted on the map. */
    Set<String> hits() {
        return hits;
    }

    /** The first seat found in honour order, or null. */
    String first(List<PlannedSeat> seats) {
        return seats.stream().map(PlannedSeat::key).filter(hits::contains).findFirst().orElse(null);
    }
}
