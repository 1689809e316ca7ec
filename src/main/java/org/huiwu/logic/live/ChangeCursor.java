package org.huiwu.logic.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.huiwu.model.live.Change;

/**
 * Where this laptop stands in the change feed (decision 0031). Sequence numbers are handed out when a row is
 * inserted, not when its transaction commits, so a later number can become visible before an earlier one. The
 * cursor therefore keeps reading from the lowest number it has not seen while a gap below a seen number is
 * younger than {@link #GAP_WAIT_NANOS}; after that the gap counts as a rolled-back transaction and is passed. A
 * change is handed out once. Not thread-safe: one polling thread owns it.
 */
public final class ChangeCursor {

    /** How long a hole in the sequence is waited for before it counts as a rolled-back transaction. */
    public static final long GAP_WAIT_NANOS = 10_000_000_000L;

    private long watermark;
    private final TreeSet<Long> seenAbove = new TreeSet<>();
    private final Map<Long, Long> gapNoticed = new HashMap<>();

    /** A cursor that hands out the changes after {@code start} (the feed's last number when the laptop opened). */
    public ChangeCursor(long start) {
        this.watermark = start;
    }

    /** The number to read after: every change up to it was handed out or given up. */
    public long after() {
        return watermark;
    }

    /** Takes the rows read after {@link #after()}, at time {@code nowNanos}; returns those not handed out before. */
    public List<Change> accept(List<Change> rows, long nowNanos) {
        List<Change> fresh = new ArrayList<>();
        for (Change row : rows) {
            if (row.seq() > watermark && seenAbove.add(row.seq())) {
                fresh.add(row);
            }
        }
        advance(nowNanos);
        return fresh;
    }

    private void advance(long nowNanos) {
        while (!seenAbove.isEmpty()) {
            long next = watermark + 1;
            if (seenAbove.first() == next) {
                seenAbove.pollFirst();
                gapNoticed.remove(next);
                watermark = next;
                continue;
            }
            long noticed = gapNoticed.computeIfAbsent(next, n -> nowNanos);
            if (nowNanos - noticed < GAP_WAIT_NANOS) {
                return;
            }
            gapNoticed.remove(next);
            watermark = next;
        }
    }
}
