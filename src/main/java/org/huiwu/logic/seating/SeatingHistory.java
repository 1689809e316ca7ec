package org.huiwu.logic.seating;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import org.huiwu.model.seating.SeatAssignments;

/**
 * Undo and redo for the assignments of one seat plan. Every operation (one drag, one auto-assign of
 * 3,000 seats, one reflow) is one step, because each step is a whole immutable {@link SeatAssignments}.
 * Not thread-safe: one per open plan, used on the FX thread.
 */
public final class SeatingHistory {

    /** How many steps are kept; older ones are forgotten. */
    static final int DEPTH = 200;

    private final Deque<SeatAssignments> undo = new ArrayDeque<>();
    private final Deque<SeatAssignments> redo = new ArrayDeque<>();
    private SeatAssignments current;

    public SeatingHistory(SeatAssignments start) {
        this.current = Objects.requireNonNull(start, "start");
    }

    public SeatAssignments current() {
        return current;
    }

    /** Records a new state; a state equal to the current one records nothing. */
    public SeatAssignments apply(SeatAssignments next) {
        if (!next.equals(current)) {
            undo.push(current);
            if (undo.size() > DEPTH) {
                undo.removeLast();
            }
            redo.clear();
            current = next;
        }
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public SeatAssignments undo() {
        if (canUndo()) {
            redo.push(current);
            current = undo.pop();
        }
        return current;
    }

    public SeatAssignments redo() {
        if (canRedo()) {
            undo.push(current);
            current = redo.pop();
        }
        return current;
    }
}
