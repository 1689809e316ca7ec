package org.huiwu.logic.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.seating.SeatAssignments;
import org.junit.jupiter.api.Test;

/** Undo and redo of whole assignment states. */
class SeatingHistoryTest {

    private static SeatAssignments oneSeat(String seat) {
        return SeatAssignments.of(Map.of(seat, UUID.nameUUIDFromBytes(seat.getBytes())), Set.of());
    }

    @Test
    void undoAndRedoWalkTheStepsAndANewStepClearsRedo() {
        SeatingHistory history = new SeatingHistory(SeatAssignments.none());
        history.apply(oneSeat("a"));
        history.apply(oneSeat("b"));
        assertThat(history.undo()).isEqualTo(oneSeat("a"));
        assertThat(history.undo()).isEqualTo(SeatAssignments.none());
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(oneSeat("a"));
        history.apply(oneSeat("c"));
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void anUnchangedStateIsNotAStep() {
        SeatingHistory history = new SeatingHistory(oneSeat("a"));
        history.apply(oneSeat("a"));
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void keepsABoundedNumberOfSteps() {
        SeatingHistory history = new SeatingHistory(SeatAssignments.none());
        for (int i = 0; i < SeatingHistory.DEPTH + 50; i++) {
            history.apply(oneSeat("s" + i));
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(SeatingHistory.DEPTH);
    }
}
