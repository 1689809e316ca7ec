package org.huiwu.logic.seating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Parses space-separated rank lines as written in seating.md. Stateless, thread-safe. */
final class Lines {

    private Lines() {
    }

    static List<Integer> of(String line) {
        return Arrays.stream(line.trim().split("\\s+")).map(Integer::valueOf).toList();
    }

    static List<Integer> reversed(String line) {
        List<Integer> ranks = new ArrayList<>(of(line));
        Collections.reverse(ranks);
        return ranks;
    }
}
