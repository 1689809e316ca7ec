package org.huiwu.logic.live;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongSupplier;

import org.huiwu.model.live.Change;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.FeedsChanges;

/**
 * Reads what other laptops stored since the last poll from the change feed (decision 0031): one indexed query by
 * sequence number per poll, the same on H2 and PostgreSQL. The first poll starts at the feed's end (the screens
 * load the whole meeting when it opens). Rows older than a day are pruned now and then. Not thread-safe: call
 * from one background thread (the database worker), never the FX thread.
 */
public final class LiveFeed {

    /** How often a laptop polls; a change shows on the others within this plus the time to load it. */
    public static final Duration POLL_PERIOD = Duration.ofMillis(700);
    /** Every kind of change the feed carries (what a screen that read nothing since may have missed). */
    public static final List<String> EVERY_KIND = FeedsChanges.KINDS;
    private static final int BATCH = 500;
    private static final int PRUNE_EVERY_POLLS = 5000;

    private final ChangeFeedDao feed;
    private final Clock clock;
    private final LongSupplier nanos;
    private ChangeCursor cursor;
    private int polls;

    public LiveFeed(ChangeFeedDao feed, Clock clock, LongSupplier nanos) {
        this.feed = feed;
        this.clock = clock;
        this.nanos = nanos;
    }

    /** The changes stored since the previous poll (on the first poll: none; the cursor starts at the end). */
    public List<Change> poll() {
        if (cursor == null) {
            cursor = new ChangeCursor(feed.last());
            return List.of();
        }
        if (++polls % PRUNE_EVERY_POLLS == 0) {
            feed.prune(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(1));
        }
        List<Change> read = feed.since(cursor.after(), BATCH);
        return cursor.accept(read, nanos.getAsLong());
    }
}
