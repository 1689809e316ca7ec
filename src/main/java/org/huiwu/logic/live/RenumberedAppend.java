package org.huiwu.logic.live;

import static java.time.temporal.ChronoUnit.MICROS;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.huiwu.persistence.ConcurrentChangeException;

/**
 * Sending one queued version of a record whose history is append-only (an incident's, a complaint's): a version the
 * server has already (the same change: its time to the microsecond, as the server keeps it, its author and its kind)
 * is not stored again; one whose number another laptop took meanwhile is rebased by the caller over what is stored
 * now and tried again as the next number, at most {@link #ATTEMPTS} times. Stateless; call off the FX thread.
 */
final class RenumberedAppend {

    static final int ATTEMPTS = 5;

    /** The version to try next, and whether the other laptop's was kept over part of this one. */
    record Rebased<V>(V next, boolean kept) {
    }

    /** Makes the next try after {@code taken}: this version merged over the one stored now, numbered after it. */
    interface Rebase<V> {
        Rebased<V> over(ConcurrentChangeException taken);
    }

    /** What one change is, whoever stored it: the same time (to the microsecond), author and kind. */
    record Change(Instant at, String by, Object kind) {
        Change {
            at = at.truncatedTo(MICROS);
        }
    }

    private RenumberedAppend() {
    }

    /**
     * Stores {@code version} unless {@code history} holds the same change; returns whether anything of the other
     * laptop's was kept over it (false when it was there already or stored as made).
     */
    static <V> boolean append(V version, List<V> history, Function<V, Change> change, Consumer<V> store,
            Rebase<V> rebase) {
        Change mine = change.apply(version);
        if (history.stream().map(change).anyMatch(mine::equals)) {
            return false;
        }
        V next = version;
        boolean kept = false;
        for (int attempt = 1; ; attempt++) {
            try {
                store.accept(next);
                return kept;
            } catch (ConcurrentChangeException taken) {
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
                Rebased<V> rebased = rebase.over(taken);
                next = rebased.next();
                kept = rebased.kept();
            }
        }
    }
}
