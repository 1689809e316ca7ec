package org.huiwu.logic.incidents;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.LeftItemDao;

/**
 * The left-items register (遗留物品登记表, annex T): what was found where, when and by whom, to whom it
 * was handed for keeping, and when it went back to its owner. Open items stay listed until returned;
 * lines are never deleted. Each call is one transaction; during a venue-server outage it queues over the line as seen,
 * shown at once and merged when sent (decision 0045). Synchronous and thread-safe; call it off the
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
        LeftItem item = new LeftItem(ids.get(), meetingId, what.strip(), foundWhere, seatKey, clock.instant(),
                foundBy, "", null, "", null);
        items.saveFrom(null, item);
        return item;
    }

    /** Records that the item was handed to {@code keeper} (organiser, front desk…) now. */
    public LeftItem handOver(UUID itemId, String keeper) {
        IncidentRejectedException.checkLength(keeper, IncidentProblem.MAX_NAME);
        LeftItem seen = open(itemId);
        LeftItem handed = seen.handedTo(keeper, clock.instant());
        items.saveFrom(seen, handed);
        return handed;
    }

    /** Records that the item went back to {@code owner} now; it leaves the open list. */
    public LeftItem markReturned(UUID itemId, String owner) {
        IncidentRejectedException.checkLength(owner, IncidentProblem.MAX_NAME);
        LeftItem seen = open(itemId);
        LeftItem returned = seen.returnedTo(owner, clock.instant());
        items.saveFrom(seen, returned);
        return returned;
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

    private LeftItem open(UUID itemId) {
        LeftItem item = items.find(itemId).orElseThrow(() -> new IncidentRejectedException(IncidentProblem.NOT_FOUND));
        if (!item.isOpen()) {
            throw new IncidentRejectedException(IncidentProblem.ITEM_ALREADY_RETURNED);
        }
        return item;
    }
}
