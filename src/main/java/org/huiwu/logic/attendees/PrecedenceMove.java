package org.huiwu.logic.attendees;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.Attendee;

/**
 * Moves one attendee within a precedence list and works out the rank changes that make the ranks
 * follow the new order. Stateless.
 *
 * <p>The moved attendee takes the rank found at its new place, and every other attendee of the window
 * between the old and the new place steps one rank value along (up when the move is downwards, down
 * when it is upwards) among the rank values of that window, tied attendees together. So with distinct
 * ranks only the attendees in that window change. The moved attendee then gets a rank of its own (a
 * tie with a neighbour is broken in favour of the new order), and anyone after it is pushed down just
 * as far as needed; ties between the other attendees survive, and no new tie between them is made.
 */
final class PrecedenceMove {

    private PrecedenceMove() {
    }

    /** Reorders {@code ordered} in place and returns the attendees whose rank changed, with the new rank. */
    static List<Attendee> apply(List<Attendee> ordered, UUID attendeeId, int targetIndex) {
        int from = indexOf(ordered, attendeeId);
        if (from < 0) {
            throw new IllegalArgumentException("attendee not in list: " + attendeeId);
        }
        int to = Math.max(0, Math.min(targetIndex, ordered.size() - 1));
        if (from == to) {
            return List.of();
        }
        List<Attendee> before = List.copyOf(ordered);
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        int[] levels = before.subList(low, high + 1).stream().mapToInt(Attendee::rank).distinct().sorted().toArray();
        int targetRank = before.get(to).rank();
        boolean upwards = to < from;
        Map<UUID, Integer> originalRank = new HashMap<>();
        before.forEach(a -> originalRank.put(a.id(), a.rank()));
        ordered.add(to, ordered.remove(from));
        for (int i = low; i <= high; i++) {
            Attendee a = ordered.get(i);
            int rank = a.id().equals(attendeeId) ? targetRank : stepped(levels, a.rank(), upwards);
            ordered.set(i, a.withRank(rank));
        }
        for (int i = 1; i < ordered.size(); i++) {
            Attendee previous = ordered.get(i - 1);
            Attendee current = ordered.get(i);
            boolean keepsTie = !current.id().equals(attendeeId) && !previous.id().equals(attendeeId)
                    && originalRank.get(current.id()).equals(originalRank.get(previous.id()));
            int least = previous.rank() + (keepsTie ? 0 : 1);
            if (current.rank() < least) {
                ordered.set(i, current.withRank(least));
            }
        }
        List<Attendee> changed = new ArrayList<>();
        for (Attendee now : ordered) {
            before.stream().filter(b -> b.id().equals(now.id()) && b.rank() != now.rank())
                    .findFirst().ifPresent(b -> changed.add(now));
        }
        return changed;
    }

    /**
     * The rank value one step from {@code rank} among the window's {@code levels}: the next one when the
     * move is upwards (the others go down the list), the one before when it is downwards.
     */
    private static int stepped(int[] levels, int rank, boolean upwards) {
        int index = Arrays.binarySearch(levels, rank);
        if (upwards) {
            return index + 1 < levels.length ? levels[index + 1] : levels[levels.length - 1] + 1;
        }
        return index > 0 ? levels[index - 1] : levels[0];
    }

    private static int indexOf(List<Attendee> ordered, UUID id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
