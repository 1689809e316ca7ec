package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One kind of whole-version record made during an outage (decision 0048: the stage checklist template, the
 * assessment form), as the outbox keeps it: the new version with the version it was made over (its number and the
 * instant it was stored, which names it across laptops); and the form's reads with the waiting versions laid over
 * them, each waiting version numbered one after the one it was made over. The kind's own class says which DAO call
 * writes it and what the reads of the newest version answer. Immutable and thread-safe; call off the FX thread.
 *
 * @param <E> the queued version's record
 */
public final class QueuedVersions<E extends QueuedVersions.Edit> {

    /** What every queued version carries: the version read ({@code seen}, stored at {@code seenAt}) and its time. */
    public interface Edit {

        int seen();

        Instant seenAt();

        Instant at();

        /** The number it shows as here (and is stored as when nothing came between). */
        default int version() {
            return seen() + 1;
        }
    }

    private final Class<?> dao;
    private final String write;
    private final String kind;
    private final Class<E> type;
    private final Set<String> newest;
    private final String itemsOf;

    /**
     * @param dao the form's DAO
     * @param write the DAO method that writes a version over the one read
     * @param kind the outbox's kind
     * @param type the queued version's record
     * @param newest the reads that answer the newest version
     * @param itemsOf the read of one version's items by number
     */
    QueuedVersions(Class<?> dao, String write, String kind, Class<E> type, Set<String> newest, String itemsOf) {
        this.dao = dao;
        this.write = write;
        this.kind = kind;
        this.type = type;
        this.newest = newest;
        this.itemsOf = itemsOf;
    }

    E edit(String body) {
        return RecordJson.read(body, type);
    }

    /** The queued form of {@code edit} when the call is this kind's write, answering {@code answer}; else null. */
    QueuedWrites.Queued queueable(Class<?> owner, String name, Object[] args, Function<Object[], E> edit,
            Function<E, Object> answer) {
        if (owner != dao || !name.equals(write)) {
            return null;
        }
        E made = edit.apply(args);
        return new QueuedWrites.Queued(kind, UUID.randomUUID(), null, RecordJson.write(made), made.at(),
                answer.apply(made));
    }

    /** Whether the read is one {@link #apply} changes. */
    boolean covers(Class<?> owner, String name) {
        return owner == dao && (newest.contains(name) || byNumber(name));
    }

    /** Whether the read names a version made here that waits to be sent, so it is answered without the server. */
    boolean known(Class<?> owner, String name, Object[] args, LocalOutbox outbox) {
        return owner == dao && byNumber(name) && outbox.size() > 0 && numbered(args[0], outbox).isPresent();
    }

    /**
     * The read's answer with the waiting versions laid over it: a read of the newest version from {@code latest}
     * (given the last waiting version and the server's answer), a version's time or items by its number.
     */
    Object apply(String name, Object[] args, Object answer, LocalOutbox outbox, BiFunction<E, Object, Object> latest,
            Function<E, Object> items) {
        if (newest.contains(name)) {
            List<E> waiting = waiting(outbox);
            return waiting.isEmpty() ? answer : latest.apply(waiting.get(waiting.size() - 1), answer);
        }
        return numbered(args[0], outbox).<Object>map(e -> name.equals("versionAt") ? Optional.of(e.at())
                : items.apply(e)).orElse(answer);
    }

    private boolean byNumber(String name) {
        return name.equals("versionAt") || name.equals(itemsOf);
    }

    private Optional<E> numbered(Object version, LocalOutbox outbox) {
        return waiting(outbox).stream().filter(e -> version.equals(e.version())).findFirst();
    }

    private List<E> waiting(LocalOutbox outbox) {
        return outbox.waiting(kind).stream().map(r -> edit(r.body())).toList();
    }
}
