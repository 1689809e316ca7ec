package org.huiwu.persistence;

import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;

/**
 * A seat plan's layout change queued during an outage (decision 0041): the plan as saved (a new plan, blocks added,
 * changed or removed, rules, door, viewpoint), the layout version it was made over (-1 for a new plan) and the
 * occupants it drops, as a seat step over the seats as seen ({@link QueuedEdits#seatStep}). Also lays the queued
 * layouts over a read's answer: the meeting's plan and its blocks, the layout version (what the write answered), and
 * a new plan's empty assignments and print snapshot, so the seating screen and the tea board show it at once; the
 * drops are laid over the assignments with the seat steps, in the order made ({@link Overlay}). Stateless; call off
 * the FX thread.
 */
public final class QueuedLayouts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A queued layout: the plan as saved, the version it was made over, and its drop as a seat step. */
    public record Layout(SeatPlan plan, int expected, QueuedEdits.SeatStep drop, Instant at) {
    }

    private QueuedLayouts() {
    }

    static QueuedWrites.Queued queued(Object[] args) {
        SeatPlan plan = (SeatPlan) args[0];
        int expected = (Integer) args[1];
        Instant at = (Instant) args[2];
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", RecordJson.write(plan));
        m.put("expected", expected);
        m.put("at", at.toString());
        m.put("drop", QueuedEdits.seatStep(plan.id(), (SeatAssignments) args[3], (SeatAssignments) args[4]));
        try {
            return new QueuedWrites.Queued(QueuedRecord.KIND_SEAT_LAYOUT, UUID.randomUUID(), plan.meetingId(),
                    JSON.writeValueAsString(m), at, expected + 1);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Layout layout(String body) {
        try {
            Map<?, ?> m = JSON.readValue(body, Map.class);
            return new Layout(RecordJson.read((String) m.get("plan"), SeatPlan.class),
                    ((Number) m.get("expected")).intValue(), QueuedEdits.seatStep((String) m.get("drop")),
                    Instant.parse((String) m.get("at")));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code name} is a plan read the queued layouts change. */
    static boolean covers(Class<?> owner, String name) {
        return owner == SeatPlanDao.class && List.of("findByMeeting", "findRowByMeeting", "layoutVersion", "printed",
                "assignments").contains(name);
    }

    /** Whether the read is of a plan (by meeting or by id) a queued layout made or changed. */
    static boolean known(Method method, Object arg, LocalOutbox outbox) {
        if (!covers(method.getDeclaringClass(), method.getName()) || outbox.size() == 0) {
            return false;
        }
        return waiting(outbox).stream().anyMatch(l -> byMeeting(method.getName()) ? l.plan().meetingId().equals(arg)
                : l.plan().id().equals(arg));
    }

    /**
     * Whether the read asks for a meeting's plan, which while the server cannot be reached answers "none made here
     * yet" even when this laptop never read it (decision 0043): the attendant may make the meeting's plan during the
     * outage; if another plan was stored meanwhile, the first stored wins when this one is sent (decision 0041).
     */
    static boolean planOfMeeting(Method method) {
        return method.getDeclaringClass() == SeatPlanDao.class && byMeeting(method.getName());
    }

    /** The read's answer with the queued layouts laid over it ({@code answer} empty when never read). */
    @SuppressWarnings("unchecked")
    static Object apply(String name, Object[] args, Object answer, LocalOutbox outbox) {
        Layout last = null;
        for (Layout layout : waiting(outbox)) {
            if (byMeeting(name) ? layout.plan().meetingId().equals(args[0]) : layout.plan().id().equals(args[0])) {
                last = layout;
            }
        }
        boolean none = answer instanceof Optional<?> empty && empty.isEmpty();
        return switch (name) {
            case "findByMeeting" -> last == null ? answer : Optional.of(last.plan());
            case "findRowByMeeting" -> last == null ? answer : Optional.of(last.plan().withBlocks(List.of()));
            case "layoutVersion" -> last == null ? answer : Optional.of(last.expected() + 1);
            case "printed" -> none ? Map.of() : answer;
            default -> none ? SeatAssignments.none() : answer;
        };
    }

    private static boolean byMeeting(String name) {
        return name.equals("findByMeeting") || name.equals("findRowByMeeting");
    }

    private static List<Layout> waiting(LocalOutbox outbox) {
        return outbox.waiting(QueuedRecord.KIND_SEAT_LAYOUT).stream().map(r -> layout(r.body())).toList();
    }
}
