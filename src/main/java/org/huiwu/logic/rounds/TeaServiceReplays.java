package org.huiwu.logic.rounds;

import java.util.List;

import org.huiwu.logic.live.Replay;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.persistence.QueuedTeaService;
import org.huiwu.persistence.ServiceEventDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the tea board's phase changes and rounds made during an outage (decision 0048) over the venue server's DAO,
 * before the taps queued behind them (one queue, in the order made). The tea log stays append-only: nothing stored
 * is changed except a round closed once, as online.
 * <ul>
 * <li>A phase change is stored with its id and times unless it is stored already; when the meeting's state at its
 * time, as the server's log has it, no longer allows it ({@link PhaseRule}: another laptop started, paused or ended
 * the meeting meanwhile), it is not stored, logged and counted.</li>
 * <li>A round is stored at the next free number (renumbered when another laptop took its number) unless it is stored
 * already (same zone, attendant and start). When the server holds an open round of the same zone that this laptop
 * had not read, that round stands for it: none is stored (no two rounds for one pass), it is logged and counted, and
 * the taps made in it land in the open round when sent.</li>
 * <li>A round closed is closed at its stored number, with its missed seats, unless it is closed already; a round
 * that was closed elsewhere is left as stored, counted; one never stored (another laptop's stood for it, counted
 * then) closes the round that stood for it ({@link FoldedRoundClose}, decision 0049).</li>
 * </ul>
 * Stateless; call off the FX thread.
 */
public final class TeaServiceReplays {

    private static final Logger LOG = LoggerFactory.getLogger(TeaServiceReplays.class);

    private TeaServiceReplays() {
    }

    /** Sends a queued phase change. */
    public static Replay phases(ServiceEventDao events) {
        return body -> {
            QueuedTeaService.Phase queued = QueuedTeaService.phase(body);
            List<MeetingPhaseEvent> stored = events.phases(queued.meetingId());
            if (stored.stream().anyMatch(p -> p.id().equals(queued.id()))) {
                return false;
            }
            MeetingState state = ActiveTime.of(stored).stateAt(queued.occurredAt());
            if (!PhaseRule.allowed(queued.phase()).contains(state)) {
                LOG.warn("Queued tea phase {} of meeting {} at {} not stored: the meeting was {} by then on another"
                        + " laptop's log, which is kept", queued.phase(), queued.meetingId(), queued.occurredAt(), state);
                return true;
            }
            events.add(queued.event(), queued.recordedAt());
            return false;
        };
    }

    /** Sends a queued round opened. */
    public static Replay rounds(ServiceEventDao events) {
        return body -> {
            QueuedTeaService.Round queued = QueuedTeaService.round(body);
            List<ServiceRound> stored = events.rounds(queued.meetingId());
            if (stored.stream().anyMatch(queued::is)) {
                return false;
            }
            ServiceRound theirs = stored.stream().filter(r -> r.isOpen() && r.zoneId().equals(queued.zoneId())
                    && r.number() > queued.seenLast()).findFirst().orElse(null);
            if (theirs != null) {
                LOG.warn("Queued tea round {} of meeting {} not opened: another laptop opened round {} of the same"
                        + " zone meanwhile, which stands for it", queued.number(), queued.meetingId(), theirs.number());
                return true;
            }
            int number = events.openRound(queued.meetingId(), queued.zoneId(), queued.attendant(), queued.startedAt());
            if (number != queued.number()) {
                LOG.info("Queued tea round {} of meeting {} stored as round {} (another laptop took its number)",
                        queued.number(), queued.meetingId(), number);
            }
            return false;
        };
    }

    /** Sends a queued round closed. */
    public static Replay closes(ServiceEventDao events) {
        return body -> {
            QueuedTeaService.RoundClose queued = QueuedTeaService.close(body);
            ServiceRound round = events.rounds(queued.round().meetingId()).stream().filter(queued.round()::is)
                    .findFirst().orElse(null);
            if (round == null) { // another laptop's round stood for it (decision 0049)
                return FoldedRoundClose.close(events, queued);
            }
            if (!round.isOpen()) {
                boolean sentBefore = queued.closedAt().equals(round.closedAt());
                if (!sentBefore) {
                    LOG.warn("Queued close of tea round {} of meeting {} not stored: another laptop closed it first",
                            queued.round().number(), queued.round().meetingId());
                }
                return !sentBefore;
            }
            List<ServiceEvent> missed = queued.missed().stream().map(e -> new ServiceEvent(e.id(), e.meetingId(),
                    e.seatKey(), e.attendeeId(), e.attendant(), e.kind(), e.skipReason(), e.note(), round.number(),
                    e.occurredAt(), e.recordedAt())).toList();
            events.closeRound(round.meetingId(), round.number(), queued.closedAt(), missed);
            return false;
        };
    }
}
