package org.huiwu.logic.rounds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.SkipReason;

/**
 * What has been done so far in one round: the seats poured (by an event of the round, or a pour that
 * happened while it was open) and the seats skipped, with the reason last given. Immutable.
 */
public record RoundProgress(ServiceRound round, Set<String> poured, Map<String, SkipReason> skipped) {

    public RoundProgress {
        poured = Set.copyOf(poured);
        skipped = Map.copyOf(skipped);
    }

    /** The round's progress from the meeting's events (in time order). */
    public static RoundProgress of(ServiceRound round, List<ServiceEvent> events) {
        Set<String> poured = new HashSet<>();
        Map<String, SkipReason> skipped = new HashMap<>();
        for (ServiceEvent event : events) {
            boolean ofRound = event.roundNumber() == round.number();
            if (event.kind().isPour() && (ofRound || whileOpen(round, event))) {
                poured.add(event.seatKey());
            } else if (event.kind() == ServiceEventKind.SKIPPED && ofRound) {
                skipped.put(event.seatKey(), event.skipReason() == null ? SkipReason.OTHER : event.skipReason());
            }
        }
        return new RoundProgress(round, poured, skipped);
    }

    private static boolean whileOpen(ServiceRound round, ServiceEvent event) {
        return !event.occurredAt().isBefore(round.startedAt())
                && (round.closedAt() == null || !event.occurredAt().isAfter(round.closedAt()));
    }

    /** Whether the seat was poured or skipped in the round. */
    public boolean handled(String seatKey) {
        return poured.contains(seatKey) || skipped.containsKey(seatKey);
    }
}
