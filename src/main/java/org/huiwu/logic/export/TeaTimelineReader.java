package org.huiwu.logic.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.huiwu.logic.export.TeaTimeline.Gap;
import org.huiwu.logic.export.TeaTimeline.SeatRow;
import org.huiwu.logic.export.TeaTimeline.Span;
import org.huiwu.logic.export.TeaTimeline.Timing;
import org.huiwu.logic.rounds.ActiveTime;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServicePlan;

/**
 * Reads a {@link TeaTimeline} from an exported meeting's rows: the phase events (breaks, and the running time
 * each seat's clock counts, as on the tea board), the pours per seat and for whom, and the service plan's
 * intervals (per block) and due-soon minutes, the defaults when no plan was saved; each refill interval is judged
 * and the instants it became due and overdue found to the second. Pure functions of the rows; thread-safe.
 */
final class TeaTimelineReader {

    private TeaTimelineReader() {
    }

    /** Reads the timeline from the meeting's rows. Pure. */
    static TeaTimeline read(MeetingRecord record, SeatNames names) {
        List<MeetingPhaseEvent> phases = new ArrayList<>();
        for (Map<String, Object> row : record.rows("meeting_phase_event")) {
            Object seat = row.get("seat_key");
            Object speaker = row.get("attendee_id");
            phases.add(new MeetingPhaseEvent(UUID.fromString(row.get("id").toString()), record.meetingId(),
                    MeetingPhase.valueOf(row.get("phase").toString()), seat == null ? null : seat.toString(),
                    speaker == null ? null : UUID.fromString(speaker.toString()), instant(row.get("occurred_at"))));
        }
        ActiveTime time = ActiveTime.of(phases);
        Map<String, List<Instant>> pours = new TreeMap<>(names.order());
        Map<String, Map<Instant, UUID>> pouredFor = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (Map<String, Object> event : record.rows("service_event")) {
            Instant at = instant(event.get("occurred_at"));
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
            if (ServiceEventKind.valueOf(event.get("kind").toString()).isPour()) {
                String seatKey = event.get("seat_key").toString();
                pours.computeIfAbsent(seatKey, k -> new ArrayList<>()).add(at);
                Object occupant = event.get("attendee_id");
                if (occupant != null) {
                    pouredFor.computeIfAbsent(seatKey, k -> new HashMap<>())
                            .put(at, UUID.fromString(occupant.toString()));
                }
            }
        }
        List<Span> breaks = new ArrayList<>();
        Instant pausedAt = null;
        phases.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        for (MeetingPhaseEvent phase : phases) {
            Instant at = phase.occurredAt();
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
            if (phase.phase() == MeetingPhase.PAUSE && pausedAt == null) {
                pausedAt = at;
            } else if ((phase.phase() == MeetingPhase.RESUME || phase.phase() == MeetingPhase.END) && pausedAt != null) {
                breaks.add(new Span(pausedAt, at));
                pausedAt = null;
            }
        }
        if (pausedAt != null && last != null) {
            breaks.add(new Span(pausedAt, last));
        }
        Plan plan = new Plan(record);
        List<SeatRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<Instant>> seat : pours.entrySet()) {
            List<Instant> times = seat.getValue();
            times.sort(null);
            int planned = plan.interval(seat.getKey());
            Map<Instant, UUID> people = pouredFor.getOrDefault(seat.getKey(), Map.of());
            List<Gap> gaps = new ArrayList<>();
            for (int i = 1; i < times.size(); i++) {
                UUID occupant = people.get(times.get(i));
                double minutes = time.between(seat.getKey(), occupant, times.get(i - 1), times.get(i)).toMillis() / 60_000.0;
                Timing timing = minutes > planned ? Timing.OVERDUE
                        : minutes >= planned - plan.dueSoon ? Timing.DUE : Timing.ON_TIME;
                Instant dueAt = reached(time, seat.getKey(), occupant, times.get(i - 1), times.get(i), planned - plan.dueSoon);
                Instant overdueAt = reached(time, seat.getKey(), occupant, times.get(i - 1), times.get(i), planned);
                gaps.add(new Gap(times.get(i - 1), times.get(i), minutes, planned, timing, dueAt, overdueAt));
            }
            rows.add(new SeatRow(seat.getKey(), times, gaps));
        }
        return new TeaTimeline(rows, breaks, first, last);
    }

    /**
     * The instant between {@code from} and {@code to} at which the seat's running time since {@code from}
     * reaches the minutes (to the second), or null when it does not before {@code to}.
     */
    private static Instant reached(ActiveTime time, String seat, UUID occupant, Instant from, Instant to,
            int minutes) {
        long target = minutes * 60_000L;
        if (time.between(seat, occupant, from, to).toMillis() <= target) {
            return null;
        }
        long low = from.getEpochSecond();
        long high = to.getEpochSecond();
        while (high - low > 1) {
            long middle = (low + high) / 2;
            if (time.between(seat, occupant, from, Instant.ofEpochSecond(middle)).toMillis() >= target) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return Instant.ofEpochSecond(high);
    }

    static Instant instant(Object value) {
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    /** The planned interval per block and the due-soon minutes, the defaults when no plan was saved. */
    private static final class Plan {
        private final int interval;
        private final int dueSoon;
        private final Map<String, Integer> byBlock = new HashMap<>();

        Plan(MeetingRecord record) {
            Map<String, Object> row = record.rows("service_plan").stream().findFirst().orElse(null);
            interval = row == null ? ServicePlan.DEFAULT_INTERVAL : ((Number) row.get("interval_minutes")).intValue();
            dueSoon = row == null ? ServicePlan.DEFAULT_DUE_SOON : ((Number) row.get("due_soon_minutes")).intValue();
            for (Map<String, Object> block : record.rows("service_block_interval")) {
                byBlock.put(block.get("block_id").toString(), ((Number) block.get("interval_minutes")).intValue());
            }
        }

        int interval(String seatKey) {
            return byBlock.getOrDefault(seatKey.split("/")[0], interval);
        }
    }
}
