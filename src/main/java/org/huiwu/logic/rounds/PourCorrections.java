package org.huiwu.logic.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;

/**
 * Applies the attendant's corrections to a seat log that is only ever appended to: each
 * {@link ServiceEventKind#POUR_UNDONE} takes back the latest pour of its seat that happened at or before
 * it and was not taken back already; the taken-back pours and the corrections themselves then drop out
 * of what the board, the route and the summary count. The stored log keeps every line. Stateless and
 * thread-safe.
 */
public final class PourCorrections {

    private PourCorrections() {
    }

    /** The events that count: the log without the pours taken back and without the corrections. */
    public static List<ServiceEvent> effective(List<ServiceEvent> events) {
        if (events.stream().noneMatch(e -> e.kind() == ServiceEventKind.POUR_UNDONE)) {
            return events;
        }
        List<ServiceEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(ServiceEvent::occurredAt)
                .thenComparing(e -> e.kind() == ServiceEventKind.POUR_UNDONE)
                .thenComparing(ServiceEvent::recordedAt));
        Map<String, List<ServiceEvent>> poursBySeat = new HashMap<>();
        Set<UUID> takenBack = new HashSet<>();
        for (ServiceEvent event : ordered) {
            if (event.kind().isPour()) {
                poursBySeat.computeIfAbsent(event.seatKey(), k -> new ArrayList<>()).add(event);
            } else if (event.kind() == ServiceEventKind.POUR_UNDONE) {
                List<ServiceEvent> pours = poursBySeat.getOrDefault(event.seatKey(), List.of());
                if (!pours.isEmpty()) {
                    takenBack.add(pours.remove(pours.size() - 1).id());
                }
            }
        }
        return events.stream().filter(e -> e.kind() != ServiceEventKind.POUR_UNDONE && !takenBack.contains(e.id()))
                .toList();
    }
}
