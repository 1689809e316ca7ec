package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

    /** A queued layout: the plan as saved, the version it was made over, and its drop as a seat step. */
    public record Layout(SeatPlan plan, int expected, QueuedEdits.SeatStep drop, Instant at) {
    }

    /** The outbox's form of a layout: its drop in the seat steps' own form ({@link QueuedEdits#seatStep}). */
    private record Body(SeatPlan plan, int expected, String drop, Instant at) {
    }

    private QueuedLayouts() {
    }

    static QueuedWrites.Queued queued(Object[] args) {
        SeatPlan plan = (SeatPlan) args[0];
        int expected = (Integer) args[1];
        Instant at = (Instant) args[2];
        String drop = QueuedEdits.seatStep(plan.id(), (SeatAssignments) args[3], (SeatAssignments) args[4]);
        return new QueuedWrites.Queued(QueuedRecord.KIND_SEAT_LAYOUT, UUID.randomUUID(), plan.meetingId(),
                RecordJson.write(new Body(plan, expected, drop, at)), at, expected + 1);
    }

    public static Layout layout(String body) {
        Body read = RecordJson.read(body, Body.class);
        return new Layout(read.plan(), read.expected(), QueuedEdits.seatStep(read.drop()), read.at());
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
