package org.huiwu.logic.rounds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.MeetingState;

/**
 * The meeting's clock for tea timers: time runs only while the meeting runs (from START, stopped by a
 * break and by END), and a seat's own time also stops while its occupant speaks. A speaker change that
 * names its attendee belongs to that person, wherever they sit now; one that names nobody (stored before
 * the attendee was recorded, or at an empty seat) stays on its seat ({@link SpeakingSpans}). Built once from the
 * phase changes; every question is then a binary search over the running spans, so it is cheap enough
 * to ask for thousands of seats every second. Works on instants, so a meeting across midnight or a
 * change of the wall clock's date needs nothing special. Immutable and thread-safe.
 */
public final class ActiveTime {

    /** The end of a span that has not ended. */
    static final long OPEN = Long.MAX_VALUE;

    private final long[] starts;
    private final long[] ends;
    private final long[] activeBefore;
    private final long[] changes;
    private final MeetingState[] statesAfter;
    private final SpeakingSpans speaking;

    private ActiveTime(List<long[]> spans, List<Long> changeTimes, List<MeetingState> states, SpeakingSpans speaking) {
        int n = spans.size();
        this.starts = new long[n];
        this.ends = new long[n];
        this.activeBefore = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            activeBefore[i] = total;
            total += ends[i] == OPEN ? 0 : ends[i] - starts[i];
        }
        this.changes = changeTimes.stream().mapToLong(Long::longValue).toArray();
        this.statesAfter = states.toArray(MeetingState[]::new);
        this.speaking = speaking;
    }

    /** The meeting's clock from its phase changes, in any order. */
    public static ActiveTime of(List<MeetingPhaseEvent> phases) {
        List<MeetingPhaseEvent> ordered = new ArrayList<>(phases);
        ordered.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        List<long[]> spans = new ArrayList<>();
        List<Long> changeTimes = new ArrayList<>();
        List<MeetingState> states = new ArrayList<>();
        SpeakingSpans speaking = new SpeakingSpans();
        MeetingState state = MeetingState.NOT_STARTED;
        for (MeetingPhaseEvent event : ordered) {
            long t = event.occurredAt().toEpochMilli();
            if (event.phase().isSpeaker()) {
                speaking.record(event, t);
                continue;
            }
            MeetingState next = next(state, event.phase());
            if (next == state) {
                continue;
            }
            if (next == MeetingState.RUNNING) {
                spans.add(new long[] {t, OPEN});
            } else if (state == MeetingState.RUNNING) {
                spans.get(spans.size() - 1)[1] = t;
            }
            state = next;
            changeTimes.add(t);
            states.add(state);
        }
        return new ActiveTime(spans, changeTimes, states, speaking);
    }

    private static MeetingState next(MeetingState state, MeetingPhase phase) {
        if (state == MeetingState.ENDED) {
            return state;
        }
        return switch (phase) {
            case START -> state == MeetingState.NOT_STARTED ? MeetingState.RUNNING : state;
            case PAUSE -> state == MeetingState.RUNNING ? MeetingState.PAUSED : state;
            case RESUME -> state == MeetingState.PAUSED ? MeetingState.RUNNING : state;
            case END -> state == MeetingState.NOT_STARTED ? state : MeetingState.ENDED;
            default -> state;
        };
    }

    /** Where the meeting stands at {@code at}. */
    public MeetingState stateAt(Instant at) {
        int i = lastAtOrBefore(changes, at.toEpochMilli());
        return i < 0 ? MeetingState.NOT_STARTED : statesAfter[i];
    }

    /** The instant the meeting first started, or null when it has not. */
    public Instant startedAt() {
        return starts.length == 0 ? null : Instant.ofEpochMilli(starts[0]);
    }

    /**
     * Whether the seat's occupant is speaking at {@code at}: the person {@code occupant} (null for an
     * empty seat) wherever they were marked, or a mark that named nobody on this seat.
     */
    public boolean speakingAt(String seatKey, UUID occupant, Instant at) {
        return speaking.seatCovers(seatKey, occupant, at.toEpochMilli());
    }

    /** Whether the person is speaking at {@code at}. */
    public boolean speakingAt(UUID person, Instant at) {
        return speaking.personCovers(person, at.toEpochMilli());
    }

    /** The people marked as speaking at {@code at}. */
    public Set<UUID> speakersAt(Instant at) {
        return speaking.speakersAt(at.toEpochMilli());
    }

    /** The meeting's running time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        return Duration.ofMillis(activeMillis(from.toEpochMilli(), to.toEpochMilli()));
    }

    /**
     * The seat's own running time between two instants: the meeting's, less the time its occupant
     * ({@code occupant}, null when nobody is named) spoke.
     */
    public Duration between(String seatKey, UUID occupant, Instant from, Instant to) {
        return Duration.ofMillis(seatMillis(seatKey, occupant, from.toEpochMilli(), to.toEpochMilli()));
    }

    long seatMillis(String seatKey, UUID occupant, long from, long to) {
        long active = activeMillis(from, to);
        if (active <= 0) {
            return active;
        }
        List<long[]> spoken = speaking.spokenOn(seatKey, occupant);
        long coveredUpTo = from;
        for (long[] span : spoken) {
            long start = Math.max(coveredUpTo, span[0]);
            long end = Math.min(to, span[1]);
            if (end > start) {
                active -= activeMillis(start, end);
                coveredUpTo = end;
            }
        }
        return active;
    }

    long activeMillis(long from, long to) {
        return to <= from ? 0 : activeUpTo(to) - activeUpTo(from);
    }

    private long activeUpTo(long t) {
        int i = lastAtOrBefore(starts, t);
        if (i < 0) {
            return 0;
        }
        return activeBefore[i] + Math.min(t, ends[i]) - starts[i];
    }

    /** The index of the last value at or before {@code t} in a sorted array, or -1. */
    static int lastAtOrBefore(long[] sorted, long t) {
        int i = Arrays.binarySearch(sorted, t);
        if (i >= 0) {
            while (i + 1 < sorted.length && sorted[i + 1] == t) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }
}
