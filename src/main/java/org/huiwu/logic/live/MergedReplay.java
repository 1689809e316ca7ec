package org.huiwu.logic.live;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.Versioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an edit made during an outage over what the attendant saw (decision 0038), for every kind that merges field
 * by field (an attendee, a meeting's details, a checklist item's texts): reads the record as the server holds it now,
 * merges {@code base → mine} into it ({@link FieldMerge}) — a field only this laptop changed takes its value, a field
 * only another laptop changed keeps theirs, and a field both changed differently keeps the other laptop's (nobody can
 * be asked when it is sent), which is logged and counted for the status line — and writes it at the version just
 * read, three attempts. An edit already stored (its commit arrived, the answer did not) changes nothing; a record
 * removed meanwhile drops it. Stateless; call off the FX thread.
 */
public final class MergedReplay {

    private static final Logger LOG = LoggerFactory.getLogger(MergedReplay.class);
    private static final int ATTEMPTS = 3;

    /** Writes a record only while it is at the version given; false when another write came first. */
    @FunctionalInterface
    public interface VersionedWrite<T> {
        boolean write(T record, int expectedVersion);
    }

    private MergedReplay() {
    }

    /**
     * Sends one edit of the record {@code what} names.
     *
     * @return whether another laptop's value was kept over one of this laptop's
     * @throws ConcurrentChangeException when the record kept changing through every attempt
     */
    public static <T> boolean replay(String what, java.util.UUID id, T base, T mine, List<FieldMerge.Field<T>> fields,
            Supplier<Optional<Versioned<T>>> stored, VersionedWrite<T> write) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Versioned<T>> now = stored.get();
            if (now.isEmpty()) {
                LOG.warn("Queued edit of {} {} dropped: it was removed meanwhile", what, id);
                return false;
            }
            FieldMerge<T> merge = new FieldMerge<>(base, mine, now.get().record(), fields);
            boolean clashed = !merge.clashes().isEmpty();
            if (clashed) {
                LOG.warn("Queued edit of {} {}: {} changed on another laptop meanwhile; theirs is kept", what, id,
                        merge.clashes().stream().map(FieldMerge.Field::labelKey).toList());
            }
            T written = merge.resolved(false);
            if (written.equals(now.get().record()) || write.write(written, now.get().version())) {
                return clashed;
            }
            LOG.info("The {} {} changed again while its queued edit was sent; merging once more", what, id);
        }
        throw new ConcurrentChangeException(id);
    }
}
