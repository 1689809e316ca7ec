package org.huiwu.logic.rounds;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.persistence.QueuedTeaService;
import org.huiwu.persistence.ServiceEventDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round closed during an outage on this laptop whose opening was folded into another laptop's open round of the
 * same zone when sent (decision 0048): the close ends that shared pass (decision 0049). It closes the round that
 * stood for this one — the open round of the same zone started at or before the close, the latest — at the close's
 * time, with the seats this laptop found missed that neither laptop poured or skipped in that round on the server's
 * log. Nothing happens when no such round is open (its attendant closed it already, or it was opened after this
 * close: a later pass this laptop's attendant never saw). One pass of one zone is one round on the board, as two
 * laptops showing one open round online: either attendant may close it, once. Stateless; call off the FX thread.
 */
final class FoldedRoundClose {

    private static final Logger LOG = LoggerFactory.getLogger(FoldedRoundClose.class);

    private FoldedRoundClose() {
    }

    /** Closes the round that stood for {@code queued}'s; never counted (the fold was counted when the round was sent). */
    static boolean close(ServiceEventDao events, QueuedTeaService.RoundClose queued) {
        QueuedTeaService.Round mine = queued.round();
        ServiceRound theirs = events.rounds(mine.meetingId()).stream()
                .filter(r -> r.isOpen() && r.zoneId().equals(mine.zoneId())
                        && !r.startedAt().isAfter(queued.closedAt()))
                .max(Comparator.comparingInt(ServiceRound::number)).orElse(null);
        if (theirs == null) {
            LOG.info("Queued close of tea round {} of meeting {}: the round that stood for it is closed already",
                    mine.number(), mine.meetingId());
            return false;
        }
        RoundProgress done = RoundProgress.of(theirs, PourCorrections.effective(events.events(mine.meetingId())));
        Set<String> handled = queued.missed().stream().map(ServiceEvent::seatKey).filter(done::handled)
                .collect(java.util.stream.Collectors.toSet());
        List<ServiceEvent> missed = queued.missed().stream().filter(e -> !handled.contains(e.seatKey()))
                .map(e -> new ServiceEvent(e.id(), e.meetingId(), e.seatKey(), e.attendeeId(), e.attendant(),
                        e.kind(), e.skipReason(), e.note(), theirs.number(), e.occurredAt(), e.recordedAt()))
                .toList();
        events.closeRound(theirs.meetingId(), theirs.number(), queued.closedAt(), missed);
        LOG.info("Queued close of tea round {} of meeting {} closed round {}, which stood for it ({} seats missed)",
                mine.number(), mine.meetingId(), theirs.number(), missed.size());
        return false;
    }
}
