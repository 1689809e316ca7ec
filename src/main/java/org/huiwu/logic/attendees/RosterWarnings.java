package org.huiwu.logic.attendees;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huiwu.model.Attendee;

/**
 * What the attendee table flags about a meeting's list without refusing it: names that occur more than once
 * (never merged) and ranks that more than one attendee shares (ties are allowed). Pure functions of the list;
 * thread-safe.
 */
public final class RosterWarnings {

    private RosterWarnings() {
    }

    /** Names that occur more than once in the meeting (flagged to the user, never merged), in list order. */
    public static Set<String> duplicateNames(List<Attendee> roster) {
        Map<String, Integer> counts = new HashMap<>();
        roster.forEach(a -> counts.merge(a.name().strip(), 1, Integer::sum));
        Set<String> duplicates = new LinkedHashSet<>();
        roster.stream().map(a -> a.name().strip()).filter(n -> counts.get(n) > 1).forEach(duplicates::add);
        return duplicates;
    }

    /** Ranks that more than one attendee shares (ties are allowed and shown), in ascending order. */
    public static Set<Integer> tiedRanks(List<Attendee> roster) {
        Map<Integer, Integer> counts = new HashMap<>();
        roster.forEach(a -> counts.merge(a.rank(), 1, Integer::sum));
        Set<Integer> ties = new LinkedHashSet<>();
        roster.stream().map(Attendee::rank).sorted(Comparator.naturalOrder())
                .filter(r -> counts.get(r) > 1).forEach(ties::add);
        return ties;
    }
}
