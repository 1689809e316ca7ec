package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private record Pending(Method method, Object answer) {
    }

    private final Jdbi jdbi;
    private final String origin;
    private final int limit;
    private final ClassifiedReads classified = new ClassifiedReads();
    private final LinkedHashMap<List<Object>, Pending> pending = new LinkedHashMap<>();
    /** The hash of the answer last written for each read key (so an unchanged answer is not written again). */
    private final Map<String, Integer> writtenAnswers = new ConcurrentHashMap<>();
    /** Whether each DAO method's answers read back (checked at the first write; one that does not is kept in memory). */
    private final Map<Method, Boolean> readsBack = new ConcurrentHashMap<>();
    private final Thread writer;
    private long written;
    private boolean closing;

    /** Where the kept reads are loaded by the writer before it writes anything; null when loaded by the caller. */
    private volatile RememberedReads loadBehind;

    private StoredReads(Jdbi jdbi, String origin, int limit) {
        this.jdbi = jdbi;
        this.origin = origin;
        this.limit = limit;
        jdbi.useHandle(handle -> handle.execute(CREATE));
        this.written = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT COALESCE(MAX(written), 0) FROM remembered_read WHERE origin = :o").bind("o", origin)
                .mapTo(Long.class).one());
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
                writtenAnswers.put(keyOf(row), row.answer().hashCode());
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
            pending.put(key, new Pending(method, answer));
            pending.notifyAll();
        }
    }

    private void writeBehind() {
        while (true) {
            Map<List<Object>, Pending> batch;
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
                write(batch);
            } catch (RuntimeException e) {
                LOG.warn("Remembered reads not written to the data folder", e);
            }
        }
    }

    private void write(Map<List<Object>, Pending> batch) {
        jdbi.useTransaction(handle -> {
            for (Map.Entry<List<Object>, Pending> read : batch.entrySet()) {
                Pending one = read.getValue();
                for (String id : classified.learn(one.answer())) {
                    handle.createUpdate("DELETE FROM remembered_read WHERE origin = :o AND (args LIKE :id OR answer LIKE :id)")
                            .bind("o", origin).bind("id", "%" + id + "%").execute();
                }
                ReadJson.Row row = row(read.getKey(), one);
                String key = row == null ? null : keyOf(row);
                if (row == null || row.answer().hashCode() == writtenAnswers.getOrDefault(key, 0)) {
                    continue;
                }
                if (classified.names(row.args()) || classified.names(row.answer())) {
                    handle.createUpdate("DELETE FROM remembered_read WHERE origin = :o AND read_key = :k")
                            .bind("o", origin).bind("k", key).execute();
                    continue;
                }
                handle.createUpdate("""
                        MERGE INTO remembered_read (origin, read_key, dao, method, params, args, answer, written)
                        KEY (origin, read_key) VALUES (:o, :k, :dao, :method, :params, :args, :answer, :written)""")
                        .bind("o", origin).bind("k", key).bind("dao", row.dao()).bind("method", row.method())
                        .bind("params", row.params()).bind("args", row.args()).bind("answer", row.answer())
                        .bind("written", ++written).execute();
                if (writtenAnswers.size() > 4 * limit) {
                    writtenAnswers.clear();
                }
                writtenAnswers.put(key, row.answer().hashCode());
            }
            handle.createUpdate("""
                    DELETE FROM remembered_read WHERE origin = :o AND written <= :newest - :limit""")
                    .bind("o", origin).bind("newest", written).bind("limit", limit).execute();
        });
    }

    /** The row to write, or null when the method's answers do not read back as they were (kept in memory only). */
    private ReadJson.Row row(List<Object> key, Pending one) {
        try {
            Object writable = classified.writable(one.answer());
            ReadJson.Row row = ReadJson.write(key, one.method(), writable);
            if (!readsBack.computeIfAbsent(one.method(), method -> readsBack(row, key, writable))) {
                return null;
            }
            return row;
        } catch (java.io.IOException | RuntimeException e) {
            readsBack.put(one.method(), false);
            LOG.warn("The answers of {}.{} are kept in memory only: {}", key.get(0), key.get(1), e.toString());
            return null;
        }
    }

    /** Whether the row reads back as the read and answer it was written from (checked once per method). */
    private static boolean readsBack(ReadJson.Row row, List<Object> key, Object answer) {
        try {
            Map.Entry<List<Object>, Object> read = ReadJson.read(row);
            if (!read.getKey().equals(key) || !read.getValue().equals(answer)) {
                throw new IllegalStateException("it reads back as another value");
            }
            return true;
        } catch (Exception | LinkageError e) {
            LOG.warn("The answers of {}.{} do not read back; kept in memory only: {}", row.dao(), row.method(),
                    e.toString());
            return false;
        }
    }

    private static String keyOf(ReadJson.Row row) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(row.identity().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
