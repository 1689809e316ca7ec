package org.huiwu.logic.incidents;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.logic.live.Replay;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.QueuedRegisters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a left item registered, handed over or returned during an outage (decision 0045) over the venue server's DAO.
 * A registered line is stored unless its id is there (sent before). A change is merged field by field against the
 * line as this laptop saw it ({@link FieldMerge}: what, where, seat, the hand-over and the return each with its person
 * and time): a field only the other laptop changed keeps theirs, a field both changed differently keeps theirs,
 * logged and counted. Statuses never move back (decision 0041's rule): when the stored line is further along (found,
 * handed over, returned) than the change made here, its hand-over and return stay as the other laptop left them,
 * logged and counted. The write is checked at the version of the line just read (decision 0050): another write in
 * between makes it read and merge again, three attempts. Stateless; call off the FX thread.
 */
public final class LeftItemReplay implements Replay {

    private static final Logger LOG = LoggerFactory.getLogger(LeftItemReplay.class);
    private static final int ATTEMPTS = 3;

    /** What and where (the text and the seat together), the hand-over and the return, each with person and time. */
    static final List<FieldMerge.Field<LeftItem>> FIELDS = List.of(
            FieldMerge.Field.<LeftItem, String>of("incident.leftItems.what", LeftItem::what,
                    (l, v) -> l.describedAs(v, l.foundWhere(), l.seatKey())),
            FieldMerge.Field.<LeftItem, List<String>>of("incident.leftItems.where",
                    l -> List.of(l.foundWhere(), l.seatKey()), (l, v) -> l.describedAs(l.what(), v.get(0), v.get(1))),
            FieldMerge.Field.<LeftItem, List<Object>>of("incident.leftItems.handOver",
                    l -> Arrays.asList(l.handedTo(), l.handedAt()),
                    (l, v) -> l.handedTo((String) v.get(0), (Instant) v.get(1))),
            FieldMerge.Field.<LeftItem, List<Object>>of("incident.leftItems.markReturned",
                    l -> Arrays.asList(l.returnedTo(), l.returnedAt()),
                    (l, v) -> l.returnedTo((String) v.get(0), (Instant) v.get(1))));

    private final LeftItemDao items;

    public LeftItemReplay(LeftItemDao items) {
        this.items = items;
    }

    /** The item as registered (what was left), named to the attendant when theirs was kept (decision 0048). */
    @Override
    public String named(String body) {
        return QueuedRegisters.leftItemChange(body).mine().what();
    }

    @Override
    public boolean replay(String body) {
        QueuedRegisters.LeftItemChange change = QueuedRegisters.leftItemChange(body);
        LeftItem mine = change.mine();
        for (int attempt = 1; ; attempt++) {
            try {
                return replayOnce(change.seen(), mine);
            } catch (ConcurrentChangeException again) {
                if (attempt >= ATTEMPTS) {
                    throw again;
                }
                LOG.info("Left item {} changed again while its queued change was sent; merging once more", mine.id());
            }
        }
    }

    /** Reads the stored line, merges and writes over it at the version read (decision 0050). */
    private boolean replayOnce(LeftItem seen, LeftItem mine) {
        Optional<LeftItem> stored = items.find(mine.id());
        if (seen == null) {
            if (stored.isEmpty()) {
                items.saveFrom(null, mine);
            }
            return false;
        }
        if (stored.isEmpty()) {
            LOG.warn("Queued change of left item {} dropped: it is not stored", mine.id());
            return false;
        }
        FieldMerge<LeftItem> merge = new FieldMerge<>(seen, mine, stored.get(), FIELDS);
        LeftItem written = merge.resolved(false);
        boolean kept = !merge.clashes().isEmpty();
        if (stage(stored.get()) > stage(mine)) {
            written = written.handedTo(stored.get().handedTo(), stored.get().handedAt())
                    .returnedTo(stored.get().returnedTo(), stored.get().returnedAt());
            kept |= !written.equals(merge.resolved(false));
        }
        if (!written.equals(stored.get())) {
            items.saveFrom(stored.get(), written);
        }
        if (kept) {
            LOG.warn("Queued change of left item {}: another laptop changed it meanwhile ({}); theirs is kept",
                    mine.id(), stored.get());
        }
        return kept;
    }

    /** How far a line is: found, handed over, returned. */
    static int stage(LeftItem item) {
        return item.returnedAt() != null ? 2 : item.handedAt() != null ? 1 : 0;
    }
}
