package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writing the remembered reads of one origin into the table {@code remembered_read} (decision 0047), for
 * {@link StoredReads}' writer: a batch in one transaction, an answer whose JSON did not change since last written not
 * again, a 涉密 meeting's reads not at all and the rows naming a meeting learnt to be 涉密 deleted ({@link ClassifiedReads}),
 * a method whose first answer does not read back equal never (kept in memory only), the rows written longest ago beyond
 * the limit deleted. Writes on the writer's thread only; the load's notes ({@link #loaded}) may come from the opening
 * thread (a concurrent map).
 */
final class ReadRows {

    private static final Logger LOG = LoggerFactory.getLogger(ReadRows.class);

    /** A read's DAO method and answer, waiting to be written. */
    record Read(Method method, Object answer) {
    }

    private final Jdbi jdbi;
    private final String origin;
    private final int limit;
    private final ClassifiedReads classified = new ClassifiedReads();
    /** The hash of the answer last written for each read key (so an unchanged answer is not written again). */
    private final Map<String, Integer> writtenAnswers = new ConcurrentHashMap<>();
    /** Whether each DAO method's answers read back (checked at the first write; one that does not is kept in memory). */
    private final Map<Method, Boolean> readsBack = new ConcurrentHashMap<>();
    private long written;

    ReadRows(Jdbi jdbi, String origin, int limit) {
        this.jdbi = jdbi;
        this.origin = origin;
        this.limit = limit;
        this.written = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT COALESCE(MAX(written), 0) FROM remembered_read WHERE origin = :o").bind("o", origin)
                .mapTo(Long.class).one());
    }

    /** Notes a row loaded at start as written with its answer. */
    void loaded(ReadJson.Row row) {
        writtenAnswers.put(keyOf(row), row.answer().hashCode());
    }

    void write(Map<List<Object>, Read> batch) {
        jdbi.useTransaction(handle -> {
            for (Map.Entry<List<Object>, Read> read : batch.entrySet()) {
                Read one = read.getValue();
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
    private ReadJson.Row row(List<Object> key, Read one) {
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
}
