package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.junit.jupiter.api.Test;

/**
 * The remembered reads of a venue-server store are bounded (decision 0038): a meeting day of finds by id — one per
 * person of a 3,000-seat hall, three times over — never holds more than the limit, while the list the open screen
 * reads again and again stays, and a find forgotten answers from it.
 */
class RememberedReadsTest {

    @Test
    void aDayOfFindsStaysWithinTheBoundAndKeepsTheListInUse() {
        RememberedReads reads = new RememberedReads();
        UUID meeting = UUID.randomUUID();
        List<Attendee> hall = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            hall.add(new Attendee(UUID.randomUUID(), meeting, "代表" + i, "", "", i + 1, AttendeeRole.DELEGATE,
                    Side.HOST, CheckInStatus.EXPECTED, ""));
        }
        List<Object> list = List.of(AttendeeDao.class.getName(), "listByMeeting", meeting);
        reads.put(list, List.copyOf(hall));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < hall.size(); i++) {
                reads.put(List.of(AttendeeDao.class.getName(), "find", hall.get(i).id()), Optional.of(hall.get(i)));
                if (i % 100 == 0) {
                    assertThat(reads.answer(list)).as("the screen reads its list again").isNotNull();
                }
            }
        }

        assertThat(reads.size()).isLessThanOrEqualTo(RememberedReads.LIMIT);
        assertThat(reads.answer(list)).as("the list in use stays").isNotNull();
        assertThat(reads.answer(List.of(AttendeeDao.class.getName(), "find", hall.get(5).id())))
                .as("a forgotten find answers from the list").isEqualTo(Optional.of(hall.get(5)));
    }
}
