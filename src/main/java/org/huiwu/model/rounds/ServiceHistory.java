package org.huiwu.model.rounds;

import java.util.List;
import java.util.Objects;

/**
 * Everything stored about one meeting's tea service: the plan, the seat events, the meeting's phase
 * changes and rounds (each in time order), and the consumables entered. Immutable.
 */
public record ServiceHistory(ServicePlan plan, List<ServiceEvent> events, List<MeetingPhaseEvent> phases,
        List<ServiceRound> rounds, Consumables consumables) {

    public ServiceHistory {
        Objects.requireNonNull(plan, "plan");
        events = events == null ? List.of() : List.copyOf(events);
        phases = phases == null ? List.of() : List.copyOf(phases);
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        consumables = consumables == null ? Consumables.NONE : consumables;
    }
}
