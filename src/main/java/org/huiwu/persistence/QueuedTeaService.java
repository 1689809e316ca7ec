package org.huiwu.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.live.QueuedRecord;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;

/**
 * The tea board's phase changes and rounds made during an outage (decision 0048), as the outbox keeps them: a phase
 * change ({@link ServiceEventDao#add(MeetingPhaseEvent, Instant)}, kind {@code TEA_PHASE}), a round opened
 * ({@link ServiceEventDao#openRound}, kind {@code TEA_ROUND}, with the number it shows as and the last round number
 * this laptop had seen stored) and a round closed ({@link ServiceEventDao#closeRound}, kind {@code TEA_ROUND_CLOSE},
 * with its missed seats); and the tea log's reads with the waiting ones laid over them ({@code phases},
 * {@code rounds}, {@code events}), so the board shows them at once. Stateless; call off the FX thread.
 */
public final class QueuedTeaService {

    /** A phase change as made here. */
    public record Phase(UUID id, UUID meetingId, MeetingPhase phase, String seatKey, UUID attendeeId,
            Instant occurredAt, Instant recordedAt) {

        public MeetingPhaseEvent event() {
            return new MeetingPhaseEvent(id, meetingId, phase, seatKey, attendeeId, occurredAt);
        }
    }

    /** A round opened here: shown as {@code number}; {@code seenLast} is the last stored round this laptop had read. */
    public record Round(UUID meetingId, UUID zoneId, String attendant, Instant startedAt, int number, int seenLast) {

        public ServiceRound round() {
            return new ServiceRound(meetingId, number, zoneId, attendant, startedAt, null);
        }

        /** Whether {@code stored} is this round (its zone, attendant and start), whatever its number. */
        public boolean is(ServiceRound stored) {
            return stored.zoneId().equals(zoneId) && stored.attendant().equals(attendant == null ? "" : attendant)
                    && stored.startedAt().equals(startedAt);
        }
    }

    /** A round closed here (shown as {@code round}), with the seats found missed. */
    public record RoundClose(Round round, Instant closedAt, List<ServiceEvent> missed) {
    }

    private QueuedTeaService() {
    }

    public static Phase phase(String body) {
        return RecordJson.read(body, Phase.class);
    }

    public static Round round(String body) {
        return RecordJson.read(body, Round.class);
    }

    public static RoundClose close(String body) {
        return RecordJson.read(body, RoundClose.class);
    }

    /** The queued form of a phase change, a round opened or closed, or null for another call. */
    @SuppressWarnings("unchecked")
    static QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args, QueuedWholeMeetings.Shown shown,
            LocalOutbox outbox) {
        if (owner != ServiceEventDao.class) {
            return null;
        }
        if (name.equals("add") && args.length == 2 && args[0] instanceof MeetingPhaseEvent p) {
            Phase phase = new Phase(p.id(), p.meetingId(), p.phase(), p.seatKey(), p.attendeeId(), p.occurredAt(),
                    (Instant) args[1]);
            return new QueuedWrites.Queued(QueuedRecord.KIND_TEA_PHASE, p.id(), p.meetingId(), RecordJson.write(phase),
                    p.occurredAt(), null);
        }
        if (name.equals("openRound") || name.equals("closeRound")) {
            UUID meetingId = (UUID) args[0];
            List<ServiceRound> rounds = (List<ServiceRound>) shown.readOrNone(ServiceEventDao.class, "rounds",
                    meetingId, List.of());
            if (name.equals("closeRound")) {
                return closing(meetingId, (int) args[1], (Instant) args[2], (List<ServiceEvent>) args[3], rounds);
            }
            int last = rounds.stream().mapToInt(ServiceRound::number).max().orElse(0);
            Round round = new Round(meetingId, (UUID) args[1], (String) args[2], (Instant) args[3], last + 1,
                    seenLast(rounds, outbox));
            return new QueuedWrites.Queued(QueuedRecord.KIND_TEA_ROUND, UUID.randomUUID(), meetingId,
                    RecordJson.write(round), round.startedAt(), last + 1);
        }
        return null;
    }

    /** The last round number of those shown that this laptop read stored (not one of its own waiting rounds). */
    private static int seenLast(List<ServiceRound> shown, LocalOutbox outbox) {
        List<Round> waiting = outbox.waiting(QueuedRecord.KIND_TEA_ROUND).stream().map(r -> round(r.body())).toList();
        return shown.stream().filter(r -> waiting.stream().noneMatch(w -> w.is(r))).mapToInt(ServiceRound::number)
                .max().orElse(0);
    }

    private static QueuedWrites.Queued closing(UUID meetingId, int number, Instant at, List<ServiceEvent> missed,
            List<ServiceRound> rounds) {
        ServiceRound open = rounds.stream().filter(r -> r.number() == number && r.isOpen()).findFirst().orElse(null);
        if (open == null) { // not shown open here: the server's answer decides (it fails as unreachable)
            return null;
        }
        Round round = new Round(meetingId, open.zoneId(), open.attendant(), open.startedAt(), number, 0);
        return new QueuedWrites.Queued(QueuedRecord.KIND_TEA_ROUND_CLOSE, UUID.randomUUID(), meetingId,
                RecordJson.write(new RoundClose(round, at, List.copyOf(missed))), at, true);
    }

    /** Whether the read is one {@link #apply} changes. */
    static boolean covers(Class<?> owner, String name) {
        return owner == ServiceEventDao.class && (name.equals("phases") || name.equals("rounds")
                || name.equals("events"));
    }

    /** The read's answer with the waiting phase changes, rounds or missed seats of the meeting laid over it. */
    @SuppressWarnings("unchecked")
    static Object apply(String name, Object[] args, Object answer, LocalOutbox outbox) {
        List<QueuedRecord> waiting = outbox.waiting(QueuedRecord.KIND_TEA_PHASE, QueuedRecord.KIND_TEA_ROUND,
                QueuedRecord.KIND_TEA_ROUND_CLOSE).stream().filter(r -> args[0].equals(r.meetingId())).toList();
        if (waiting.isEmpty()) {
            return answer;
        }
        if (name.equals("phases")) {
            List<MeetingPhaseEvent> shown = new ArrayList<>((List<MeetingPhaseEvent>) answer);
            waiting.stream().filter(r -> r.kind().equals(QueuedRecord.KIND_TEA_PHASE)).map(r -> phase(r.body()).event())
                    .filter(p -> shown.stream().noneMatch(s -> s.id().equals(p.id()))).forEach(shown::add);
            shown.sort(Comparator.comparing(MeetingPhaseEvent::occurredAt));
            return List.copyOf(shown);
        }
        if (name.equals("events")) {
            List<ServiceEvent> shown = new ArrayList<>((List<ServiceEvent>) answer);
            waiting.stream().filter(r -> r.kind().equals(QueuedRecord.KIND_TEA_ROUND_CLOSE))
                    .flatMap(r -> close(r.body()).missed().stream())
                    .filter(e -> shown.stream().noneMatch(s -> s.id().equals(e.id()))).forEach(shown::add);
            shown.sort(Comparator.comparing(ServiceEvent::occurredAt));
            return List.copyOf(shown);
        }
        List<ServiceRound> shown = new ArrayList<>((List<ServiceRound>) answer);
        for (QueuedRecord record : waiting) {
            if (record.kind().equals(QueuedRecord.KIND_TEA_ROUND)) {
                Round round = round(record.body());
                if (shown.stream().noneMatch(round::is)) {
                    shown.add(round.round());
                }
            } else if (record.kind().equals(QueuedRecord.KIND_TEA_ROUND_CLOSE)) {
                RoundClose close = close(record.body());
                shown.replaceAll(r -> r.isOpen() && (close.round().is(r) || r.number() == close.round().number())
                        ? r.closed(close.closedAt()) : r);
            }
        }
        return List.copyOf(shown);
    }
}
