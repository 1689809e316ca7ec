package org.huiwu.logic.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;


/**
 * The tea service of one exported meeting as a timeline: per served seat (in seat order) its pours and
 * the refill intervals between them, each measured in the seat's running time (breaks and the occupant's
 * own speech do not count, as on the tea board) and judged by the state the seat was in when it was
 * refilled: on time, due (within the plan's due-soon minutes of the interval) or overdue, with the
 * instants it became due and overdue; and the meeting's breaks. Read from the exported rows by
 * {@link TeaTimelineReader}. Immutable; thread-safe.
 */
public record TeaTimeline(List<SeatRow> seats, List<Span> breaks, Instant start, Instant end) {

    /** How a refill interval ended. */
    public enum Timing { ON_TIME, DUE, OVERDUE }

    /** A stretch of wall-clock time. */
    public record Span(Instant from, Instant to) {
    }

    /**
     * One refill interval: from one pour to the next, its running minutes and the seat's planned ones, how
     * it ended, and the wall-clock instants at which the seat became due and overdue (null when the next
     * pour came first).
     */
    public record Gap(Instant from, Instant to, double minutes, int planMinutes, Timing timing, Instant dueAt,
            Instant overdueAt) {

        /**
         * The interval as the seat's clock ran: on time up to the instant it became due, due up to the
         * instant it became overdue, overdue up to the pour; parts of no length are left out.
         */
        public List<Segment> segments() {
            Instant due = dueAt == null ? to : dueAt;
            Instant overdue = overdueAt == null ? to : overdueAt;
            List<Segment> parts = new ArrayList<>();
            add(parts, Timing.ON_TIME, from, due);
            add(parts, Timing.DUE, due, overdue);
            add(parts, Timing.OVERDUE, overdue, to);
            return parts;
        }

        private static void add(List<Segment> parts, Timing timing, Instant from, Instant to) {
            if (to.isAfter(from)) {
                parts.add(new Segment(timing, from, to));
            }
        }
    }

    /** A part of a refill interval the seat spent in one state. */
    public record Segment(Timing timing, Instant from, Instant to) {
    }

    /** One served seat: its key, its pours in time order and the intervals between them. */
    public record SeatRow(String seatKey, List<Instant> pours, List<Gap> gaps) {
    }

    public TeaTimeline {
        seats = List.copyOf(seats);
        breaks = List.copyOf(breaks);
    }

    /** Every refill interval of every seat. */
    public List<Gap> gaps() {
        return seats.stream().flatMap(s -> s.gaps().stream()).toList();
    }

    /** The average refill interval in running minutes, over all intervals of all seats. */
    public OptionalDouble averageInterval() {
        return gaps().stream().mapToDouble(Gap::minutes).average();
    }

    /** The longest refill interval in running minutes. */
    public OptionalDouble longestInterval() {
        return gaps().stream().mapToDouble(Gap::minutes).max();
    }

    /** How many intervals ended in each timing. */
    public Map<Timing, Integer> timings() {
        Map<Timing, Integer> counts = new java.util.EnumMap<>(Timing.class);
        gaps().forEach(g -> counts.merge(g.timing(), 1, Integer::sum));
        return counts;
    }
}
