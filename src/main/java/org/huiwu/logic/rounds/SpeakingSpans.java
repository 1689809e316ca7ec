package org.huiwu.logic.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;

/**
 * Who spoke when, as {@link ActiveTime} needs it: a speaker change that names its attendee belongs to that person,
 * wherever they sit now; one that names nobody (stored before the attendee was recorded, or at an empty seat) stays
 * on its seat. Filled in time order while the {@link ActiveTime} is built, then only read: immutable and thread-safe
 * from then on.
 */
final class SpeakingSpans {

    private final Map<String, List<long[]>> bySeat = new HashMap<>();
    private final Map<UUID, List<long[]>> byPerson = new HashMap<>();

    /** Records a speaker change at {@code t} (epoch millis); changes come in time order. */
    void record(MeetingPhaseEvent event, long t) {
        List<long[]> speech = event.attendeeId() != null
                ? byPerson.computeIfAbsent(event.attendeeId(), k -> new ArrayList<>())
                : bySeat.computeIfAbsent(event.seatKey(), k -> new ArrayList<>());
        change(speech, event.phase(), t);
        if (event.attendeeId() != null && event.phase() == MeetingPhase.SPEAKER_ENDED
                && bySeat.containsKey(event.seatKey())) {
            change(bySeat.get(event.seatKey()), event.phase(), t);
        }
    }

    private static void change(List<long[]> spans, MeetingPhase phase, long t) {
        boolean open = !spans.isEmpty() && spans.get(spans.size() - 1)[1] == ActiveTime.OPEN;
        if (phase == MeetingPhase.SPEAKER_STARTED && !open) {
            spans.add(new long[] {t, ActiveTime.OPEN});
        } else if (phase == MeetingPhase.SPEAKER_ENDED && open) {
            spans.get(spans.size() - 1)[1] = t;
        }
    }

    /** Whether the seat's occupant ({@code occupant}, null for an empty seat) or a mark naming nobody there speaks at t. */
    boolean seatCovers(String seatKey, UUID occupant, long t) {
        return covers(bySeat.get(seatKey), t) || (occupant != null && covers(byPerson.get(occupant), t));
    }

    /** Whether the person speaks at {@code t}. */
    boolean personCovers(UUID person, long t) {
        return covers(byPerson.get(person), t);
    }

    /** The people marked as speaking at {@code t}. */
    Set<UUID> speakersAt(long t) {
        Set<UUID> speakers = new HashSet<>();
        byPerson.forEach((person, spans) -> {
            if (covers(spans, t)) {
                speakers.add(person);
            }
        });
        return speakers;
    }

    /** The spans spoken on the seat (marks naming nobody) and by its occupant (null: nobody), by start. */
    List<long[]> spokenOn(String seatKey, UUID occupant) {
        List<long[]> spoken = new ArrayList<>(bySeat.getOrDefault(seatKey, List.of()));
        if (occupant != null) {
            spoken.addAll(byPerson.getOrDefault(occupant, List.of()));
        }
        spoken.sort((a, b) -> Long.compare(a[0], b[0]));
        return spoken;
    }

    private static boolean covers(List<long[]> spans, long t) {
        if (spans != null) {
            for (long[] span : spans) {
                if (span[0] <= t && t < span[1]) {
                    return true;
                }
            }
        }
        return false;
    }
}
