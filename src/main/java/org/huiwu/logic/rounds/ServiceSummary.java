package org.huiwu.logic.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceHistory;

/**
 * The tea-service summary of one meeting, for the after-meeting report and the economy (厉行节约)
 * figures: rounds, pours, refills per seat, the average active minutes between two pours per seat and
 * overall, missed and late entries, and the consumables entered beside a count suggested from the log
 * (a cup per seat poured at least once, a towel per towel served). Immutable.
 *
 * @param refillsBySeat        refills per seat key, for every seat poured at least once
 * @param intervalBySeat       average active minutes between pours, for seats poured at least twice
 * @param averageInterval      average active minutes between two pours at the same seat, over all seats
 */
public record ServiceSummary(
        int rounds,
        int pours,
        Map<String, Integer> refillsBySeat,
        Map<String, Double> intervalBySeat,
        OptionalDouble averageInterval,
        int missed,
        int late,
        Consumables entered,
        Consumables counted) {

    public ServiceSummary {
        refillsBySeat = Map.copyOf(refillsBySeat);
        intervalBySeat = Map.copyOf(intervalBySeat);
    }

    /** Sums up a meeting's history. Pure. */
    public static ServiceSummary of(ServiceHistory history) {
        ActiveTime time = ActiveTime.of(history.phases());
        Map<String, List<ServiceEvent>> poursBySeat = new TreeMap<>();
        Map<String, Integer> refills = new TreeMap<>();
        int missed = 0;
        int late = 0;
        int towels = 0;
        for (ServiceEvent event : history.events()) {
            if (event.kind().isPour()) {
                poursBySeat.computeIfAbsent(event.seatKey(), k -> new ArrayList<>()).add(event);
                refills.merge(event.seatKey(), event.kind() == ServiceEventKind.REFILL ? 1 : 0, Integer::sum);
            }
            missed += event.kind() == ServiceEventKind.MISSED ? 1 : 0;
            towels += event.kind() == ServiceEventKind.TOWEL ? 1 : 0;
            late += event.late() ? 1 : 0;
        }
        Map<String, Double> intervals = new TreeMap<>();
        double allMinutes = 0;
        int allGaps = 0;
        int pours = 0;
        for (Map.Entry<String, List<ServiceEvent>> seat : poursBySeat.entrySet()) {
            List<ServiceEvent> times = seat.getValue();
            times.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
            pours += times.size();
            double seatMinutes = 0;
            for (int i = 1; i < times.size(); i++) {
                seatMinutes += time.between(seat.getKey(), times.get(i).attendeeId(), times.get(i - 1).occurredAt(),
                        times.get(i).occurredAt()).toMillis() / 60_000.0;
            }
            if (times.size() > 1) {
                intervals.put(seat.getKey(), seatMinutes / (times.size() - 1));
                allMinutes += seatMinutes;
                allGaps += times.size() - 1;
            }
        }
        OptionalDouble average = allGaps == 0 ? OptionalDouble.empty() : OptionalDouble.of(allMinutes / allGaps);
        Consumables counted = new Consumables(poursBySeat.size(), 0, 0, towels);
        return new ServiceSummary(history.rounds().size(), pours, refills, intervals, average, missed, late,
                history.consumables(), counted);
    }
}
