package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.seating.SeatAssignments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox holds a seat step as large as an auto-assign of a 3,000-seat hall (decision 0038: the body column is
 * widened in place on opening), and it survives closing and opening again (the widening runs on every opening).
 */
class LocalOutboxWideTest {

    @TempDir
    Path laptop;

    @Test
    void anAutoAssignOfAThousandsSeatHallIsOneRecordThatSurvivesReopening() {
        Map<String, UUID> seated = new LinkedHashMap<>();
        for (int i = 0; i < 3_000; i++) {
            seated.put("H-" + (i / 50 + 1) + "-" + (i % 50 + 1), UUID.randomUUID());
        }
        UUID plan = UUID.randomUUID();
        String body = QueuedEdits.seatStep(plan, SeatAssignments.none(), SeatAssignments.of(seated, java.util.Set.of()));
        assertThat(body.length()).isGreaterThan(20_000);
        try (LocalOutbox outbox = LocalOutbox.open(laptop)) {
            outbox.add(QueuedRecord.KIND_SEAT_STEP, UUID.randomUUID(), null, body, Instant.now());
        }
        try (LocalOutbox outbox = LocalOutbox.open(laptop)) {
            QueuedEdits.SeatStep step = QueuedEdits.seatStep(outbox.waiting(QueuedRecord.KIND_SEAT_STEP).get(0).body());
            assertThat(step.planId()).isEqualTo(plan);
            assertThat(step.next().occupantBySeat()).isEqualTo(seated);
            assertThat(step.base().occupantBySeat()).isEmpty();
        }
    }
}
