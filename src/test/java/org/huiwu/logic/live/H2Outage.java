package org.huiwu.logic.live;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.huiwu.OutboxReplays;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.OfflineDaos;

/**
 * A simulated venue-server outage over a real H2 store, for tests of what queues (decision 0038): the DAOs a
 * laptop's logic is handed are the real {@link OfflineDaos} over the store's DAOs, whose every call fails as an
 * unreachable server does while {@link #cut()} holds; the outbox is a real {@link LocalOutbox} in its own folder,
 * and {@link #send()} is the real {@link OutboxSender} writing to the store directly (as the server, once back).
 * Not thread-safe; one test at a time.
 */
final class H2Outage implements AutoCloseable {

    private final Database store;
    private final LocalOutbox outbox;
    private final OfflineDaos offline;
    private final AtomicBoolean cut = new AtomicBoolean();
    private final OutboxSender sender;

    H2Outage(Database store, Path laptop) {
        this(store, laptop, tap -> { });
    }

    /** The same, sending queued tea taps through {@code taps} (decision 0046). */
    H2Outage(Database store, Path laptop, java.util.function.Consumer<org.huiwu.model.live.QueuedTap> taps) {
        this(store, laptop, taps, null);
    }

    /**
     * The same, the reads of {@code origin} kept in the laptop folder for the next start and loaded from it now, as by
     * a laptop started while the server cannot be reached (decision 0047).
     */
    H2Outage(Database store, Path laptop, String origin) {
        this(store, laptop, tap -> { }, origin);
    }

    private H2Outage(Database store, Path laptop, java.util.function.Consumer<org.huiwu.model.live.QueuedTap> taps,
            String origin) {
        this.store = store;
        this.outbox = LocalOutbox.open(laptop);
        this.offline = origin == null ? new OfflineDaos(outbox, OfflineDaos::unreachable)
                : org.huiwu.persistence.OfflineStart.daos(outbox, origin, true);
        this.sender = new OutboxSender(outbox, taps, store.dao(AttendeeDao.class),
                store.dao(MeetingChecklistDao.class), store.dao(IncidentDao.class), OfflineDaos::unreachable,
                OutboxReplays.of(store));
    }

    /** The DAO the laptop's logic is handed: queueing and remembering, failing as unreachable while cut. */
    <T> T dao(Class<T> type) {
        return dao(type, store.dao(type));
    }

    /** As {@link #dao(Class)} over {@code real} (a store DAO a test changed, such as a login that is no supervisor). */
    <T> T dao(Class<T> type, T real) {
        Object cuttable = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (cut.get() && method.getDeclaringClass() != Object.class) {
                throw new StorageUnavailableException(StorageProblem.SERVER_UNREACHABLE, null,
                        new java.io.IOException("venue server cut (simulated)"));
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return offline.wrap(type, type.cast(cuttable));
    }

    OfflineDaos offline() {
        return offline;
    }

    LocalOutbox outbox() {
        return outbox;
    }

    void cut() {
        cut.set(true);
    }

    void restore() {
        cut.set(false);
    }

    /** Sends what waits, as the live poll does once the server answers; returns how many records left the queue. */
    int send() {
        int sent = sender.send();
        if (outbox.size() == 0) {
            offline.reached();
        }
        return sent;
    }

    int keptElsewhere() {
        return sender.takeKeptElsewhere();
    }

    /** The names of the records kept as another laptop left them since the last call (decision 0048). */
    java.util.List<String> keptNames() {
        return sender.takeKeptNames();
    }

    @Override
    public void close() {
        outbox.close();
    }
}
