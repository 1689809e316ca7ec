package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remembered reads of one venue server and login kept on disk (decision 0047), so a laptop restarted during an
 * outage still shows what it read: the table {@code remembered_read} in the outbox's H2 file, one row per read and
 * origin ({@code user@url}: another server's or login's rows are never read), at most {@link RememberedReads#LIMIT}
 * per origin, the ones written longest ago dropped first. A read is only noted on the reading thread ({@link #keep});
 * the single daemon thread {@code huiwu-remembered-reads} writes behind, a read whose answer did not change not again.
 * A 涉密 meeting's reads are not written ({@link ClassifiedReads}). Every row is checked when loaded: one that no
 * longer reads back ({@link ReadJson}) is skipped and logged. Thread-safe; {@link #close()} writes what waits first.
 */
final class StoredReads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoredReads.class);
    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS remembered_read (
                origin   VARCHAR(1000) NOT NULL,
                read_key CHAR(64)      NOT NULL,
                dao      VARCHAR(300)  NOT NULL,
                method   VARCHAR(200)  NOT NULL,
                params   VARCHAR(2000) NOT NULL,
                args     CHARACTER LARGE OBJECT NOT NULL,
                answer   CHARACTER LARGE OBJECT NOT NULL,
                written  BIGINT        NOT NULL,
                PRIMARY KEY (origin, read_key)
            )""";

    private final Jdbi jdbi;
    private final String origin;
    private final LinkedHashMap<List<Object>, ReadRows.Read> pending = new LinkedHashMap<>();
    private final ReadRows written;
    private final Thread writer;
    private boolean closing;

    /** Where the kept reads are loaded by the writer before it writes anything; null when loaded by the caller. */
    private volatile RememberedReads loadBehind;

    private StoredReads(Jdbi jdbi, String origin, int limit) {
        this.jdbi = jdbi;
        this.origin = origin;
        jdbi.useHandle(handle -> handle.execute(CREATE));
        this.written = new ReadRows(jdbi, origin, limit);
        this.writer = new Thread(this::writeBehind, "huiwu-remembered-reads");
        writer.setDaemon(true);
        writer.start();
    }

    /** The reads of {@code origin} in the outbox's file, written behind from now on until the outbox closes. */
    static StoredReads open(LocalOutbox outbox, String origin, int limit) {
        StoredReads stored = new StoredReads(outbox.jdbi(), origin, limit);
        outbox.beforeClose(stored::close);
        return stored;
    }

    /** Whether the outbox's file holds any read of {@code origin} (an offline start has something to show). */
    static boolean any(LocalOutbox outbox, String origin) {
        return outbox.jdbi().withHandle(handle -> {
            handle.execute(CREATE);
            return handle.createQuery("SELECT COUNT(*) FROM remembered_read WHERE origin = :o").bind("o", origin)
                    .mapTo(Integer.class).one() > 0;
        });
    }

    /**
     * Loads the kept reads into {@code reads} on the writer's thread, before it writes anything: a start with the
     * server does not wait for them, and an answer the server gives meanwhile is not replaced by an older kept one.
     */
    void loadBehind(RememberedReads reads) {
        synchronized (pending) {
            loadBehind = reads;
            pending.notifyAll();
        }
    }

    /**
     * Puts every stored read of this origin into {@code reads} where it holds no answer to it yet, the one written
     * last last; returns how many.
     */
    int loadInto(RememberedReads reads) {
        FxThreadGuard.check("remembered reads load");
        List<ReadJson.Row> rows = jdbi.withHandle(handle -> handle.createQuery("""
                SELECT dao, method, params, args, answer FROM remembered_read WHERE origin = :o ORDER BY written""")
                .bind("o", origin).map((rs, ctx) -> new ReadJson.Row(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list());
        int loaded = 0;
        for (ReadJson.Row row : rows) {
            try {
                Map.Entry<List<Object>, Object> read = ReadJson.read(row);
                reads.putIfAbsent(read.getKey(), read.getValue());
                written.loaded(row);
                loaded++;
            } catch (Exception | LinkageError e) {
                LOG.warn("A remembered read of {}.{} no longer reads back; skipped: {}", row.dao(), row.method(),
                        e.toString());
            }
        }
        LOG.info("{} of {} remembered reads of {} loaded from the data folder", loaded, rows.size(), origin);
        return loaded;
    }

    /** Notes a read's answer to be written behind; cheap, on the reading thread. */
    void keep(List<Object> key, Method method, Object answer) {
        synchronized (pending) {
            pending.put(key, new ReadRows.Read(method, answer));
            pending.notifyAll();
        }
    }

    private void writeBehind() {
        while (true) {
            Map<List<Object>, ReadRows.Read> batch;
            RememberedReads toLoad;
            synchronized (pending) {
                toLoad = loadBehind;
                loadBehind = null;
            }
            if (toLoad != null) {
                try {
                    loadInto(toLoad);
                } catch (RuntimeException e) {
                    LOG.warn("The remembered reads kept in the data folder were not loaded", e);
                }
            }
            synchronized (pending) {
                while (pending.isEmpty() && !closing && loadBehind == null) {
                    try {
                        pending.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (loadBehind != null) {
                    continue;
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = new LinkedHashMap<>(pending);
                pending.clear();
            }
            try {
                written.write(batch);
            } catch (RuntimeException e) {
                LOG.warn("Remembered reads not written to the data folder", e);
            }
        }
    }

    /** Writes what waits and stops the writer (the outbox closes next); never interrupts it. */
    @Override
    public void close() {
        synchronized (pending) {
            closing = true;
            pending.notifyAll();
        }
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
