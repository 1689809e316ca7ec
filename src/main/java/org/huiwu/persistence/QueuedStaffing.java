package org.huiwu.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.staff.Staffing;

/**
 * A meeting's staffing (人员配置表) changed during an outage (decision 0043): a person put on the meeting
 * ({@link StaffingDao#insert}), a line's post or zone changed over the line as seen ({@link StaffingDao#updateFrom})
 * and a person taken off ({@link StaffingDao#delete}), as the outbox keeps them; and the meeting's staffing with the
 * waiting ones laid over it in the order made (added at the end, changed fields set, removed left out), so the staff
 * tab and the pledge rule show them at once. Stateless; call off the FX thread.
 */
public final class QueuedStaffing {

    /** A line put on a meeting, and when. */
    public record Added(Staffing line, Instant at) {
    }

    /** A line's post and zone changed: the line as seen and as changed. */
    public record Changed(Staffing base, Staffing mine) {
    }

    private QueuedStaffing() {
    }

    public static Added added(String body) {
        return RecordJson.read(body, Added.class);
    }

    public static Changed changed(String body) {
        return RecordJson.read(body, Changed.class);
    }

    /** The queued form of a staffing write, or null for another call. */
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args) {
        if (owner != StaffingDao.class) {
            return null;
        }
        return switch (name) {
            case "insert" -> {
                Staffing line = (Staffing) args[0];
                Instant at = ((OffsetDateTime) args[1]).toInstant();
                yield new QueuedWrites.Queued(QueuedRecord.KIND_STAFFING_NEW, line.id(), line.meetingId(),
                        RecordJson.write(new Added(line, at)), at, null);
            }
            case "updateFrom" -> {
                Staffing mine = (Staffing) args[1];
                yield new QueuedWrites.Queued(QueuedRecord.KIND_STAFFING_EDIT, UUID.randomUUID(), mine.meetingId(),
                        RecordJson.write(new Changed((Staffing) args[0], mine)), Instant.now(), 1);
            }
            case "delete" -> new QueuedWrites.Queued(QueuedRecord.KIND_STAFFING_REMOVED, UUID.randomUUID(), null,
                    args[0].toString(), Instant.now(), 1);
            default -> null;
        };
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == StaffingDao.class && name.equals("ofMeeting");
    }

    /** A meeting's staffing with the waiting changes laid over it, in the order made. */
    @SuppressWarnings("unchecked")
    static Object apply(Object[] args, Object answer, LocalOutbox outbox) {
        List<QueuedRecord> waiting = outbox.waiting(QueuedRecord.KIND_STAFFING_NEW, QueuedRecord.KIND_STAFFING_EDIT,
                QueuedRecord.KIND_STAFFING_REMOVED);
        if (waiting.isEmpty()) {
            return answer;
        }
        List<Staffing> lines = new ArrayList<>((List<Staffing>) answer);
        for (QueuedRecord record : waiting) {
            switch (record.kind()) {
                case QueuedRecord.KIND_STAFFING_NEW -> {
                    Staffing line = added(record.body()).line();
                    if (line.meetingId().equals(args[0]) && lines.stream().noneMatch(l -> l.id().equals(line.id()))) {
                        lines.add(line);
                    }
                }
                case QueuedRecord.KIND_STAFFING_EDIT -> {
                    Changed change = changed(record.body());
                    lines.replaceAll(l -> l.id().equals(change.mine().id()) ? merged(change.base(), change.mine(), l)
                            : l);
                }
                default -> lines.removeIf(l -> l.id().toString().equals(record.body()));
            }
        }
        return List.copyOf(lines);
    }

    /** {@code shown} with the post and zone {@code mine} changed against {@code base}. */
    public static Staffing merged(Staffing base, Staffing mine, Staffing shown) {
        boolean post = !Objects.equals(base.postZh(), mine.postZh()) || !Objects.equals(base.postEn(), mine.postEn());
        boolean zone = !Objects.equals(base.zone(), mine.zone());
        return new Staffing(shown.id(), shown.meetingId(), shown.staffId(), shown.staffName(),
                post ? mine.postZh() : shown.postZh(), post ? mine.postEn() : shown.postEn(),
                zone ? mine.zone() : shown.zone(), shown.assignedBy());
    }
}
