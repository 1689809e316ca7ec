package org.huiwu.logic.attendees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.Fixtures.attendee;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import org.huiwu.model.Attendee;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariants of {@link PrecedenceMove} over many seeded random lists with ties and gaps, every
 * attendee moved to every place: the new order is the asked-for order, ranks never decrease, the moved
 * attendee's rank is its own, ties between the others survive and no new tie between them appears,
 * and with distinct ranks nobody outside the window changes. Plain JUnit, no database.
 */
class PrecedenceMoveTest {

    private static final UUID MEETING = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyMoveKeepsOrderTiesAndOwnRank(int seed) {
        List<Attendee> list = randomList(new Random(seed), seed % 4 == 0);
        for (int from = 0; from < list.size(); from++) {
            for (int to = 0; to < list.size(); to++) {
                checkMove(list, from, to);
            }
        }
    }

    private static void checkMove(List<Attendee> before, int from, int to) {
        List<Attendee> ordered = new ArrayList<>(before);
        Attendee moved = before.get(from);
        List<Attendee> changed = PrecedenceMove.apply(ordered, moved.id(), to);

        List<UUID> expectedOrder = new ArrayList<>(before.stream().map(Attendee::id).toList());
        expectedOrder.add(to, expectedOrder.remove(from));
        assertThat(ordered).extracting(Attendee::id).containsExactlyElementsOf(expectedOrder);
        Map<UUID, Integer> old = new HashMap<>();
        before.forEach(a -> old.put(a.id(), a.rank()));
        for (int i = 1; i < ordered.size(); i++) {
            Attendee previous = ordered.get(i - 1);
            Attendee current = ordered.get(i);
            String where = "move " + from + "->" + to + " at " + i + " in " + ranks(before) + " giving " + ranks(ordered);
            assertThat(current.rank()).as(where).isGreaterThanOrEqualTo(previous.rank());
            if (from == to) {
                continue;
            }
            if (current.id().equals(moved.id()) || previous.id().equals(moved.id())) {
                assertThat(current.rank()).as(where).isNotEqualTo(previous.rank());
            } else if (old.get(current.id()).equals(old.get(previous.id()))) {
                assertThat(current.rank()).as("tie kept, " + where).isEqualTo(previous.rank());
            } else {
                assertThat(current.rank()).as("no new tie, " + where).isNotEqualTo(previous.rank());
            }
        }
        for (Attendee a : ordered) {
            boolean rankChanged = a.rank() != old.get(a.id());
            assertThat(changed.contains(a)).as("reported change of " + a.name()).isEqualTo(rankChanged);
        }
        boolean distinct = before.stream().map(Attendee::rank).distinct().count() == before.size();
        if (distinct) {
            int low = Math.min(from, to);
            int high = Math.max(from, to);
            for (int i = 0; i < ordered.size(); i++) {
                if (i < low || i > high) {
                    assertThat(ordered.get(i).rank()).isEqualTo(old.get(ordered.get(i).id()));
                }
            }
        }
    }

    private static List<Attendee> randomList(Random random, boolean distinct) {
        int size = 2 + random.nextInt(7);
        List<Attendee> list = new ArrayList<>();
        int rank = 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            list.add(attendee(MEETING, "P" + i, rank));
            int step = distinct ? 1 + random.nextInt(3) : random.nextInt(3);
            rank += step;
        }
        return list;
    }

    private static String ranks(List<Attendee> list) {
        return list.stream().map(a -> a.name() + ":" + a.rank()).toList().toString();
    }
}
