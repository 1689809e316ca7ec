package org.huiwu.logic.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.incidents.Severity;
import org.huiwu.persistence.IncidentTrendDao;

/**
 * The incidents meeting by meeting over a year: one point per meeting held, oldest first, with its count of
 * incidents per severity (voided ones left out; a meeting without incidents counts zero). Stateless apart
 * from its collaborators; call from a background thread.
 */
public final class IncidentTrend {

    /** One meeting's point: its incidents per severity, every severity present. */
    public record Point(UUID meetingId, String title, LocalDate date, Map<Severity, Integer> bySeverity) {
        public Point {
            Map<Severity, Integer> all = new EnumMap<>(Severity.class);
            for (Severity severity : Severity.values()) {
                all.put(severity, bySeverity.getOrDefault(severity, 0));
            }
            bySeverity = Collections.unmodifiableMap(all);
        }

        /** All the meeting's incidents. */
        public int total() {
            return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final IncidentTrendDao counts;
    private final Clock clock;

    public IncidentTrend(IncidentTrendDao counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** The points of the meetings held in the year up to today. */
    public List<Point> lastYear() {
        return yearUpTo(LocalDate.now(clock));
    }

    /** The points of the meetings held in the year up to the day, that day included. */
    public List<Point> yearUpTo(LocalDate day) {
        Map<UUID, Point> points = new LinkedHashMap<>();
        Map<UUID, Map<Severity, Integer>> bySeverity = new LinkedHashMap<>();
        for (IncidentTrendDao.SeverityCount row : counts.countedBetween(day.minusYears(1), day)) {
            Map<Severity, Integer> meeting = bySeverity.computeIfAbsent(row.id(), id -> new EnumMap<>(Severity.class));
            if (row.severity() != null) {
                meeting.put(Severity.valueOf(row.severity()), row.incidents());
            }
            points.put(row.id(), new Point(row.id(), row.title(), row.meetingDate(), meeting));
        }
        List<Point> result = new ArrayList<>();
        points.values().forEach(p -> result.add(new Point(p.meetingId(), p.title(), p.date(), bySeverity.get(p.meetingId()))));
        return List.copyOf(result);
    }
}
