package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.huiwu.logic.text.PinyinOrder;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;

/**
 * Seats an audience block by unit (单位, the attendee's organisation; domain.md §4.2): the units follow
 * each other in the chosen order and each unit's members sit together in precedence order. Horizontal
 * sections take the seats row by row, front row first; vertical sections column by column, each front
 * to back. Rows and columns start on the convention's honoured side as the audience sees it (the left
 * under 以左为尊). A unit may end in the middle of a row or column; the next unit goes on from there.
 * Attendees without an organisation form the last unit. Stateless and thread-safe.
 */
public final class UnitSeating {

    /** The seats in the order units take them. */
    public List<PlannedSeat> sectionOrder(List<PlannedSeat> seats, UnitSections sections, Convention convention) {
        Comparator<PlannedSeat> across = Comparator.comparingDouble(PlannedSeat::x);
        if (!convention.leftHonoured()) {
            across = across.reversed();
        }
        Comparator<PlannedSeat> frontToBack = Comparator.comparingInt(PlannedSeat::row);
        List<PlannedSeat> ordered = new ArrayList<>(seats);
        ordered.sort(sections == UnitSections.VERTICAL ? across.thenComparing(frontToBack)
                : frontToBack.thenComparing(across));
        return ordered;
    }

    /**
     * The people grouped by unit, units in the chosen order; {@code people} must be in precedence order,
     * which is kept inside each unit and decides the {@link UnitOrder#PRECEDENCE} order of the units.
     */
    public List<Attendee> unitOrder(List<Attendee> people, UnitOrder order) {
        Map<String, List<Attendee>> byUnit = new LinkedHashMap<>();
        for (Attendee person : people) {
            byUnit.computeIfAbsent(person.organisation().strip(), unit -> new ArrayList<>()).add(person);
        }
        List<String> units = new ArrayList<>(byUnit.keySet());
        if (order == UnitOrder.PINYIN) {
            units.sort(PinyinOrder.BY_PINYIN);
        }
        if (units.remove("")) {
            units.add("");
        }
        List<Attendee> arranged = new ArrayList<>(people.size());
        units.forEach(unit -> arranged.addAll(byUnit.get(unit)));
        return arranged;
    }
}
