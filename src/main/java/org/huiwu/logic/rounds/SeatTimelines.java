package org.huiwu.logic.rounds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;

/**
 * Per seat (by index in honour order): the instants of its pours, sorted, and since when its occupant
 * has declined ({@link Long#MIN_VALUE} when not). Pours belong to the seat (the cup stays there); a
 * decline belongs to the person recorded with it, so it moves with them when they change seats and
 * does not pass to whoever sits down in their old seat. Adding an event copies only the arrays it
 * touches. Immutable and thread-safe.
 */
final class SeatTimelines {

    static final long NOT_DECLINED = Long.MIN_VALUE;
    private static final long[] NONE = new long[0];

    private final Map<String, Integer> index;
    private final Map<UUID, Integer> seatOfPerson;
    private final long[][] pours;
    private final long[] declinedSince;
    private final long[] lastToggle;

    private SeatTimelines(Map<String, Integer> index, Map<UUID, Integer> seatOfPerson, long[][] pours,
            long[] declinedSince, long[] lastToggle) {
        this.index = index;
        this.seatOfPerson = seatOfPerson;
        this.pours = pours;
        this.declinedSince = declinedSince;
        this.lastToggle = lastToggle;
    }

    /**
     * Indexes the events of the seats whose keys map to their index (events of other seats are ignored),
     * and each decline at the seat its person now sits in ({@code seatOfPerson}).
     */
    static SeatTimelines of(Map<String, Integer> index, Map<UUID, Integer> seatOfPerson, int seats,
            List<ServiceEvent> events) {
        long[] declined = new long[seats];
        long[] toggles = new long[seats];
        Arrays.fill(declined, NOT_DECLINED);
        Arrays.fill(toggles, Long.MIN_VALUE);
        int[] counts = new int[seats];
        for (ServiceEvent event : events) {
            Integer i = index.get(event.seatKey());
            if (i != null && event.kind().isPour()) {
                counts[i]++;
            }
        }
        long[][] pours = new long[seats][];
        for (int i = 0; i < seats; i++) {
            pours[i] = counts[i] == 0 ? NONE : new long[counts[i]];
            counts[i] = 0;
        }
        for (ServiceEvent event : events) {
            Integer i = index.get(event.seatKey());
            long t = event.occurredAt().toEpochMilli();
            if (i != null && event.kind().isPour()) {
                pours[i][counts[i]++] = t;
            }
            toggle(event.kind(), t, personsSeat(event, i, seatOfPerson), declined, toggles);
        }
        for (long[] seatPours : pours) {
            Arrays.sort(seatPours);
        }
        return new SeatTimelines(index, seatOfPerson, pours, declined, toggles);
    }

    /** Where the event's person sits now; the event's own seat when it names nobody; -1 when nowhere. */
    private static int personsSeat(ServiceEvent event, Integer seat, Map<UUID, Integer> seatOfPerson) {
        if (event.attendeeId() != null) {
            return seatOfPerson.getOrDefault(event.attendeeId(), -1);
        }
        return seat == null ? -1 : seat;
    }

    private static void toggle(ServiceEventKind kind, long t, int i, long[] declined, long[] toggles) {
        boolean changesDecline = kind.isPour() || kind == ServiceEventKind.DECLINED || kind == ServiceEventKind.DECLINE_UNDONE;
        if (i >= 0 && changesDecline && t >= toggles[i]) {
            toggles[i] = t;
            declined[i] = kind == ServiceEventKind.DECLINED ? t : NOT_DECLINED;
        }
    }

    /** These timelines with one more event. */
    SeatTimelines with(ServiceEvent event) {
        Integer i = index.get(event.seatKey());
        long t = event.occurredAt().toEpochMilli();
        long[][] newPours = pours;
        if (i != null && event.kind().isPour()) {
            newPours = pours.clone();
            long[] seatPours = Arrays.copyOf(pours[i], pours[i].length + 1);
            seatPours[seatPours.length - 1] = t;
            Arrays.sort(seatPours);
            newPours[i] = seatPours;
        }
        long[] declined = declinedSince.clone();
        long[] toggles = lastToggle.clone();
        toggle(event.kind(), t, personsSeat(event, i, seatOfPerson), declined, toggles);
        return new SeatTimelines(index, seatOfPerson, newPours, declined, toggles);
    }

    long[] pours(int seat) {
        return pours[seat];
    }

    long declinedSince(int seat) {
        return declinedSince[seat];
    }
}
