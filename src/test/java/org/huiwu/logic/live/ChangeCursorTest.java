package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.live.Change;
import org.junit.jupiter.api.Test;

/** The cursor waits for a sequence number committed late, hands every change out once, and passes a rollback. */
class ChangeCursorTest {

    private static final UUID MEETING = UUID.randomUUID();

    private static Change change(long seq) {
        return new Change(seq, MEETING, "SERVICE", null);
    }

    @Test
    void aNumberCommittedLateIsStillHandedOutAndNothingTwice() {
        ChangeCursor cursor = new ChangeCursor(10);
        assertThat(cursor.accept(List.of(change(11), change(13)), 0)).extracting(Change::seq).containsExactly(11L, 13L);
        assertThat(cursor.after()).as("12 is not yet committed: keep reading after 11").isEqualTo(11);

        assertThat(cursor.accept(List.of(change(12), change(13)), 1_000)).extracting(Change::seq).containsExactly(12L);
        assertThat(cursor.after()).isEqualTo(13);
    }

    @Test
    void aHoleOlderThanTheWaitIsARollbackAndIsPassed() {
        ChangeCursor cursor = new ChangeCursor(0);
        cursor.accept(List.of(change(2)), 0);
        assertThat(cursor.after()).isZero();
        cursor.accept(List.of(change(2)), ChangeCursor.GAP_WAIT_NANOS + 1);
        assertThat(cursor.after()).isEqualTo(2);
    }
}
