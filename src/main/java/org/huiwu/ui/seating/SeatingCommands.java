package org.huiwu.ui.seating;

import java.util.List;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeEdit;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.ui.common.MergeQuestion;
import org.huiwu.ui.common.TaskRunner;

/**
 * What the attendant does to who sits where on the seating screen: auto-assign, undo and redo, drags,
 * locks, clearing a block, and check-in with the offer to reflow after an absence. Each assignment
 * change is one undoable step, written in the background. Edits of the plan itself (viewpoint, rules,
 * door, blocks) are {@link SeatPlanEdits}. Sees the screen's state only through {@link SeatingAccess}.
 * FX thread only.
 */
public final class SeatingCommands {

    private final SeatingAccess model;
    private final SeatingPlanner planner;
    private final AttendeeRoster roster;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final MergeQuestion question;
    private final EnumLabels labels;
    private final SeatPlanEdits planEdits;

    public SeatingCommands(SeatingViewModel model, SeatingPlanner planner, AttendeeRoster roster, TaskRunner runner,
            DialogService dialogs, I18n i18n) {
        this.model = model;
        this.planner = planner;
        this.roster = roster;
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.question = new MergeQuestion(dialogs, i18n);
        this.labels = new EnumLabels(i18n);
        this.planEdits = new SeatPlanEdits(model, dialogs, i18n);
    }

    /** The edits of the plan itself (viewpoint, rules, door, blocks), on the same screen state. */
    public SeatPlanEdits planEdits() {
        return planEdits;
    }

    public void autoAssign() {
        SeatPlan plan = model.plan();
        if (plan != null) {
            model.step(planner.autoAssign(plan, model.seats(), model.attendees(), model.assignments()));
        }
    }

    public void undo() {
        model.undo();
    }

    public void redo() {
        model.redo();
    }

    /** A seat dragged onto another seat on the map: the occupants move or swap. */
    public void swapSeats(String fromSeat, String toSeat) {
        if (!fromSeat.equals(toSeat)) {
            model.step(planner.swapSeats(model.assignments(), fromSeat, toSeat));
        }
    }

    /** An attendee dragged from the unseated list (or by key) onto a seat. */
    public void placeAttendee(UUID attendeeId, String seatKey) {
        if (model.person(attendeeId) != null) {
            model.step(planner.place(model.assignments(), attendeeId, seatKey));
        }
    }

    public void unseat(String seatKey) {
        model.step(planner.unseat(model.assignments(), seatKey));
    }

    public void toggleLock(String seatKey) {
        SeatAssignments current = model.assignments();
        model.step(planner.setLocked(current, seatKey, !current.isLocked(seatKey)));
    }

    public void clearBlock(UUID blockId) {
        model.step(planner.clearBlock(model.seats(), model.assignments(), blockId));
    }

    /**
     * Records the arrival state of whoever sits in the seat. Marking someone absent offers to reflow
     * the block (later ranks move up), to leave the seat empty, or to keep the seat as it is.
     */
    public void checkIn(String seatKey, CheckInStatus status) {
        model.assignments().occupantOf(seatKey).map(model::person).ifPresent(shown -> checkIn(shown,
                shown.withCheckIn(status)));
    }

    /**
     * Stores the check-in over the person as shown (decision 0031); when another laptop changed their check-in
     * first, both are shown and the editor keeps theirs or mine.
     */
    private void checkIn(Attendee base, Attendee mine) {
        UUID meetingId = model.meeting().id();
        runner.run(() -> java.util.Map.entry(roster.saveOver(base, mine), roster.list(meetingId)), outcome -> {
            model.checkInStored(meetingId, outcome.getValue());
            AttendeeEdit edit = outcome.getKey();
            if (edit.saved() && mine.checkIn() == CheckInStatus.ABSENT) {
                offerReflow(mine.id());
            } else if (!edit.saved() && edit.stored() != null) {
                Attendee decided = question.decide(edit.conflict(), edit.stored().name(),
                        value -> value instanceof CheckInStatus checkIn ? labels.of(checkIn) : String.valueOf(value));
                if (decided != null && !decided.equals(edit.stored())) {
                    checkIn(edit.stored(), decided);
                }
            }
        }, model::fail);
    }

    private void offerReflow(UUID absentId) {
        Attendee absent = model.person(absentId);
        int choice = dialogs.choose(i18n.get("seating.absent.title"),
                i18n.format("seating.absent.question", absent == null ? "" : absent.name()),
                List.of(i18n.get("seating.absent.reflow"), i18n.get("seating.absent.leaveEmpty"),
                        i18n.get("seating.absent.keep")));
        if (choice == 0) {
            SeatPlan plan = model.plan();
            model.step(plan == null ? planner.reflow(model.seats(), model.assignments(), absentId)
                    : planner.reflow(plan, model.seats(), model.assignments(), absentId));
        } else if (choice == 1) {
            model.assignments().seatOf(absentId).ifPresent(this::unseat);
        }
    }
}
