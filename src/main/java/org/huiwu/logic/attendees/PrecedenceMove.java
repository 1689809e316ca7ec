package org.huiwu.logic.attendees;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Attendee;

/**
 * Moves one attendee within a precedence list and works out the rank changes that make the ranks
 * follow the new order. Stateless.
 *
 * <p>The ranks of the window between the old and the new place are handed out again in the new order,
 * so with distinct ranks only the attendees in that window change. The moved attendee then gets a rank
 * of its own (a tie with a neighbour is broken in favour of the new order), and anyone after it is
 * pushed down just as far as needed; ties between the other attendees survive.
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
        int[] windowRanks = new int[high - low + 1];
        for (int i = low; i <= high; i++) {
            windowRanks[i - low] = ordered.get(i).rank();
        }
        ordered.add(to, ordered.remove(from));
        for (int i = low; i <= high; i++) {
            ordered.set(i, ordered.get(i).withRank(windowRanks[i - low]));
        }
        int[] redistributed = ordered.stream().mapToInt(Attendee::rank).toArray();
        for (int i = 1; i < ordered.size(); i++) {
            boolean keepsTie = !ordered.get(i).id().equals(attendeeId)
                    && !ordered.get(i - 1).id().equals(attendeeId)
                    && redistributed[i] == redistributed[i - 1];
            int least = ordered.get(i - 1).rank() + (keepsTie ? 0 : 1);
            if (ordered.get(i).rank() < least) {
                ordered.set(i, ordered.get(i).withRank(least));
            }
        }
        List<Attendee> changed = new ArrayList<>();
        for (Attendee now : ordered) {
            before.stream().filter(b -> b.id().equals(now.id()) && b.rank() != now.rank())
                    .findFirst().ifPresent(b -> changed.add(now));
        }
        return changed;
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
