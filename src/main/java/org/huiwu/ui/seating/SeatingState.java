package org.huiwu.ui.seating;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.SeatingHistory;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.seating.PlannedSeat;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.AppState;

/**
 * The seating screen's state as last read or edited: the laid-out seats, the meeting's attendees (also by id), the
 * name cards last printed, who sits where with its undo history, and the seats the search highlights; rendered
 * through {@link SeatingDisplay} after every change. {@link SeatingViewModel} decides what changes it and stores it.
 * FX thread only.
 */
abstract class SeatingState extends SeatingDisplay {

    List<PlannedSeat> seats = List.of();
    Map<String, UUID> printed = Map.of();
    SeatingHistory history = new SeatingHistory(SeatAssignments.none());
    private List<Attendee> attendees = List.of();
    private Map<UUID, Attendee> people = Map.of();
    private final SeatSearch search = new SeatSearch();

    SeatingState(SeatingPlanner planner, AppState state, I18n i18n) {
        super(planner, state, i18n);
    }

    /** Takes these attendees as the meeting's (a load, a check-in here or an edit on another screen). */
    final void showAttendees(List<Attendee> stored) {
        attendees = stored;
        Map<UUID, Attendee> byId = new HashMap<>();
        stored.forEach(a -> byId.put(a.id(), a));
        people = byId;
    }

    /** Redraws tiles, markers, lists and counts from the current state. */
    final void refresh() {
        render(seats, history, attendees, people, printed, search.hits());
    }

    /** Highlights the seats of the people whose name or pinyin initials match {@code text}. */
    final void find(String text) {
        search.find(text, history.current(), people);
        refresh();
    }

    /** The first highlighted seat in honour order, if any (the view centres on it). */
    public String firstHit() {
        return search.first(seats);
    }

    public SeatPlan plan() {
        return plan.get();
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public List<PlannedSeat> seats() { return seats; }
    public SeatAssignments assignments() { return history.current(); }
    public Attendee person(UUID id) { return people.get(id); }
    public Map<String, UUID> printedCards() { return printed; }
}
