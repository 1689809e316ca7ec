package org.huiwu.logic.incidents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.LeftItemDao;

/**
 * The left-items register (遗留物品登记表, annex T): what was found where, when and by whom, to whom it
 * was handed for keeping, and when it went back to its owner. Open items stay listed until returned;
 * lines are never deleted. Each call is one transaction, written only over the line as seen (decision 0050); during a
 * venue-server outage it queues over the line as seen, shown at once and merged when sent (decision 0045). Synchronous and thread-safe; call it off the
 * FX thread.
 */
public final class LeftItemRegister {

    private final LeftItemDao items;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public LeftItemRegister(LeftItemDao items, Clock clock, Supplier<UUID> ids) {
        this.items = items;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Registers an item found now.
     *
     * @param foundWhere where it was found, as the attendant says it ("2排3号", "休息室")
     * @param seatKey the seat on the seat plan, or empty
     */
    public LeftItem register(UUID meetingId, String what, String foundWhere, String seatKey, String foundBy) {
        if (what == null || what.isBlank()) {
            throw new IncidentRejectedException(IncidentProblem.ITEM_MISSING_TEXT);
        }
        IncidentRejectedException.checkLength(what.strip(), IncidentProblem.MAX_TEXT);
        IncidentRejectedException.checkLength(foundWhere, IncidentProblem.MAX_TEXT);
        IncidentRejectedException.checkLength(foundBy, IncidentProblem.MAX_NAME);
        LeftItem item = new LeftItem(ids.get(), meetingId, what.strip(), foundWhere, seatKey, now(),
                foundBy, "", null, "", null);
        items.saveFrom(null, item);
        return item;
    }

    /** Records that the item was handed to {@code keeper} (organiser, front desk…) now, over the line as stored now. */
    public LeftItem handOver(UUID itemId, String keeper) {
        return handOver(open(itemId), keeper);
    }

    /**
     * Records that the item the register showed as {@code shown} was handed to {@code keeper} now, over that line
     * (decision 0050, see {@link #saveOver}).
     */
    public LeftItem handOver(LeftItem shown, String keeper) {
        IncidentRejectedException.checkLength(keeper, IncidentProblem.MAX_NAME);
        if (!shown.isOpen()) {
            throw new IncidentRejectedException(IncidentProblem.ITEM_ALREADY_RETURNED);
        }
        return saveOver(shown, shown.handedTo(keeper, now()));
    }

    /** Records that the item went back to {@code owner} now; it leaves the open list. Over the line as stored now. */
    public LeftItem markReturned(UUID itemId, String owner) {
        return markReturned(open(itemId), owner);
    }

    /** Records that the item the register showed as {@code shown} went back to {@code owner} now, over that line. */
    public LeftItem markReturned(LeftItem shown, String owner) {
        IncidentRejectedException.checkLength(owner, IncidentProblem.MAX_NAME);
        if (!shown.isOpen()) {
            throw new IncidentRejectedException(IncidentProblem.ITEM_ALREADY_RETURNED);
        }
        return saveOver(shown, shown.returnedTo(owner, now()));
    }

    /**
     * Writes {@code mine} over the line as the attendant saw it ({@code seen}); returns the line as written. When another
     * laptop changed the line since, it is read and merged ({@link FieldMerge}): what only they changed is kept and
     * this change written over it (a return over their hand-over keeps both); returned there while this laptop
     * handed it over refuses with {@link IncidentProblem#ITEM_RETURNED_ELSEWHERE} (statuses never move back); both
     * handed it over, or both returned it, writes nothing and throws {@link LeftItemConflictException}. During an
     * outage the DAO proxy queues it instead (decision 0045).
     */
    public LeftItem saveOver(LeftItem seen, LeftItem mine) {
        LeftItem base = seen;
        LeftItem written = mine;
        for (int attempt = 1; ; attempt++) {
            try {
                items.saveFrom(base, written);
                return written;
            } catch (ConcurrentChangeException elsewhere) {
                if (attempt >= 3) {
                    throw elsewhere;
                }
            }
            LeftItem now = items.find(mine.id())
                    .orElseThrow(() -> new IncidentRejectedException(IncidentProblem.NOT_FOUND));
            if (LeftItemReplay.stage(now) > LeftItemReplay.stage(mine)) {
                throw new IncidentRejectedException(IncidentProblem.ITEM_RETURNED_ELSEWHERE);
            }
            FieldMerge<LeftItem> merge = new FieldMerge<>(seen, mine, now, LeftItemReplay.FIELDS);
            if (!merge.clashes().isEmpty()) {
                throw new LeftItemConflictException(merge);
            }
            base = now;
            written = merge.resolved(true);
        }
    }

    /** The meeting's register, in the order items were found. */
    public List<LeftItem> ofMeeting(UUID meetingId) {
        return items.ofMeeting(meetingId);
    }

    /** The meeting's items not yet returned. */
    public List<LeftItem> openItems(UUID meetingId) {
        return items.ofMeeting(meetingId).stream().filter(LeftItem::isOpen).toList();
    }

    /** The items of every meeting not yet returned. */
    public List<LeftItem> openItemsEverywhere() {
        return items.open();
    }

    /** Now, cut to whole microseconds (the database's precision), so a line written equals the line read back. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private LeftItem open(UUID itemId) {
        LeftItem item = items.find(itemId).orElseThrow(() -> new IncidentRejectedException(IncidentProblem.NOT_FOUND));
        if (!item.isOpen()) {
            throw new IncidentRejectedException(IncidentProblem.ITEM_ALREADY_RETURNED);
        }
        return item;
    }
}
