package org.huiwu.ui.seating;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.attendees.AttendeeEdit;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.Viewpoint;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.EnumLabels;
import org.huiwu.ui.common.MergeQuestion;
import org.huiwu.ui.common.TaskRunner;

/**
 * What the attendant does on the seating screen: auto-assign, undo and redo, drags, locks, clearing
 * a block, check-in with the offer to reflow after an absence, flipping the viewpoint, choosing the
 * convention, and editing the blocks. Each assignment change is one undoable step, written in the
 * background. Sees the screen's state only through {@link SeatingAccess}. FX thread only.
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

    public void flipView() {
        SeatPlan plan = model.plan();
        if (plan != null) {
            Viewpoint other = plan.viewpoint() == Viewpoint.AUDIENCE ? Viewpoint.PODIUM : Viewpoint.AUDIENCE;
            model.whenPlanSaved(plan.withViewpoint(other), seats -> { });
        }
    }

    public void setConvention(Convention convention) {
        SeatPlan plan = model.plan();
        if (plan != null && plan.convention() != convention) {
            model.whenPlanSaved(plan.withRules(convention, plan.variants(), plan.rowNumbering(), plan.audienceFill()),
                    seats -> model.say(i18n.get("seating.rulesChanged")));
        }
    }

    /** Switches a disputed variant of the rules on or off (seating.md §3); the plan is laid out again. */
    public void setVariant(org.huiwu.model.seating.SeatingVariant variant, boolean on) {
        SeatPlan plan = model.plan();
        if (plan != null && plan.variants().contains(variant) != on) {
            java.util.Set<org.huiwu.model.seating.SeatingVariant> variants = new java.util.HashSet<>(plan.variants());
            if (on) {
                variants.add(variant);
            } else {
                variants.remove(variant);
            }
            model.whenPlanSaved(plan.withRules(plan.convention(), variants, plan.rowNumbering(), plan.audienceFill()),
                    seats -> model.say(i18n.get("seating.rulesChanged")));
        }
    }

    /** How a multi-row podium continues its numbers, and in which order the audience fills. */
    public void setNumbering(org.huiwu.model.seating.RowNumbering numbering, org.huiwu.model.seating.AudienceFill fill) {
        SeatPlan plan = model.plan();
        if (plan != null && (plan.rowNumbering() != numbering || plan.audienceFill() != fill)) {
            model.whenPlanSaved(plan.withRules(plan.convention(), plan.variants(), numbering, fill),
                    seats -> model.say(i18n.get("seating.rulesChanged")));
        }
    }

    public void setDoor(DoorPosition door) {
        SeatPlan plan = model.plan();
        if (plan != null && plan.door() != door) {
            model.whenPlanSaved(plan.withDoor(door), seats -> { });
        }
    }

    /** Adds a block after the others, or replaces the block with the same id. */
    public void saveBlock(SeatBlock block) {
        saveBlock(block, model.layouts().seen());
    }

    /**
     * As {@link #saveBlock(SeatBlock)}, for a block edited from the layout shown at {@code seen} (the block dialog's
     * opening): refused, and the editor told, when another laptop's layout came to be shown since.
     */
    public void saveBlock(SeatBlock block, int seen) {
        SeatPlan plan = model.plan();
        if (plan == null || !model.layouts().stillAsSeen(seen)) {
            return;
        }
        List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
        int index = indexOf(blocks, block.id());
        if (index >= 0) {
            blocks.set(index, block);
        } else {
            blocks.add(block);
        }
        model.whenPlanSaved(plan.withBlocks(blocks), seats -> model.reload());
    }

    public void removeBlock(UUID blockId) {
        SeatPlan plan = model.plan();
        if (plan == null || !dialogs.confirm(i18n.get("seating.block.remove.title"),
                i18n.get("seating.block.remove.question"))) {
            return;
        }
        List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
        blocks.removeIf(block -> block.id().equals(blockId));
        model.whenPlanSaved(plan.withBlocks(blocks), seats -> model.reload());
    }

    /** Moves a block one place up in honour (towards the podium). */
    public void moveBlockUp(UUID blockId) {
        SeatPlan plan = model.plan();
        if (plan == null) {
            return;
        }
        List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
        int index = indexOf(blocks, blockId);
        if (index > 0) {
            blocks.add(index - 1, blocks.remove(index));
            model.whenPlanSaved(plan.withBlocks(blocks), seats -> model.reload());
        }
    }

    private static int indexOf(List<SeatBlock> blocks, UUID id) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
