package org.huiwu.persistence;

import java.nio.file.Path;
import java.util.List;

import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.model.staff.VenueLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening a venue server's store when the server may be down (decision 0047). The server answers: it opens as ever, and
 * the password's salted hash and the login are kept for the next start ({@link ServerLogins}). It cannot be reached
 * (not "login refused"): when this laptop logged in to that server as that user before and has remembered reads of
 * that origin, and the password matches the kept hash, the store opens without a connection — its pool connects when
 * the server is back — and the offline DAOs start cut, answering from the reads kept on disk ({@link StoredReads});
 * a wrong password is refused as the server would refuse it; otherwise the unreachable failure stands. Stateless; off
 * the FX thread.
 */
public final class OfflineStart {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineStart.class);

    /**
     * What a store opened on a venue server leaves for its offline DAOs: its origin, the password that logged in (to
     * hash and keep; null once taken, and on an offline start), whether the server was reached.
     */
    record Opened(String origin, String password, boolean reached) {
    }

    /** Whether the laptop may start on a server it cannot reach with a password. */
    public enum Answer { NOTHING_KEPT, WRONG_PASSWORD, MAY_START }

    private OfflineStart() {
    }

    /**
     * Whether a laptop that cannot reach {@code server} may start on it with the server's password: it kept a proof and
     * reads for that server and user, and the password matches. Opens and closes the folder's outbox file.
     */
    public static Answer check(Path dataDir, DatabaseServer server) {
        String origin = ServerLogins.origin(server);
        try (LocalOutbox outbox = LocalOutbox.open(dataDir)) {
            if (!StoredReads.any(outbox, origin)) {
                return Answer.NOTHING_KEPT;
            }
            return switch (ServerLogins.check(outbox, origin, server.password())) {
                case NONE -> Answer.NOTHING_KEPT;
                case WRONG -> Answer.WRONG_PASSWORD;
                case RIGHT -> Answer.MAY_START;
            };
        }
    }

    /**
     * Opens the store at {@code location} like {@link Database#open(StoreLocation, java.time.Duration, Runnable,
     * String)}, but a venue server that cannot be reached as described above, from what {@code dataDir} kept of it.
     */
    public static Database open(Path dataDir, StoreLocation location, java.time.Duration wait, Runnable waiting,
            String passphrase) {
        return location instanceof DatabaseServer server ? open(dataDir, server)
                : Database.open(location, wait, waiting, passphrase);
    }

    /**
     * The offline DAOs of a venue-server store whose reads are also kept in the outbox's file for the next start and
     * loaded from it; cut from the start when the store opened without reaching the server. Keeps the login's proof
     * when it was reached.
     */
    public static OfflineDaos daos(LocalOutbox outbox, Database database) {
        Opened opened = database.opened();
        if (opened == null) {
            return new OfflineDaos(outbox, OfflineDaos::unreachable);
        }
        OfflineDaos offline = daos(outbox, opened.origin(), !opened.reached());
        keepLogin(outbox, database, opened);
        return offline;
    }

    /** The offline DAOs keeping the reads of {@code origin} ({@code user@url}), cut from the start when {@code cut}. */
    public static OfflineDaos daos(LocalOutbox outbox, String origin, boolean cut) {
        return new OfflineDaos(outbox, OfflineDaos::unreachable, StoredReads.open(outbox, origin, RememberedReads.LIMIT),
                cut);
    }

    /** Opens {@code server} as described above, the folder {@code dataDir} holding what was kept. */
    static Database open(Path dataDir, DatabaseServer server) {
        String origin = ServerLogins.origin(server);
        try {
            Database database = ServerStore.open(server, List.of(Database.MIGRATIONS));
            database.opened(new Opened(origin, server.password(), true));
            return database;
        } catch (StorageUnavailableException e) {
            if (e.problem() != StorageProblem.SERVER_UNREACHABLE) {
                throw e;
            }
            Answer answer = check(dataDir, server);
            if (answer == Answer.NOTHING_KEPT) {
                throw e;
            }
            if (answer == Answer.WRONG_PASSWORD) {
                throw new StorageUnavailableException(StorageProblem.SERVER_LOGIN_REFUSED, e.dataDir(),
                        new IllegalStateException("the password is not the one of the last login to " + origin));
            }
            LOG.warn("The venue server {} cannot be reached; starting from what this laptop kept of it", server);
            Database database = new Database(ServerStore.pool(server), Database.Engine.POSTGRESQL);
            database.opened(new Opened(origin, null, false));
            try (LocalOutbox outbox = LocalOutbox.open(dataDir)) {
                ServerLogins.login(outbox, origin).ifPresent(database::rememberLogin);
            }
            return database;
        }
    }

    /**
     * After the offline DAOs of {@code database} took the outbox: keeps the login's proof when the server was reached
     * (reading who the login is), so the next start may go on without it. The slow hash runs on a daemon thread of its
     * own, so the start does not wait for it; the outbox waits for it when it closes.
     */
    private static void keepLogin(LocalOutbox outbox, Database database, Opened opened) {
        if (opened.password() == null) {
            return;
        }
        database.opened(new Opened(opened.origin(), null, opened.reached()));
        Thread keeping = new Thread(() -> {
            try {
                VenueLogin login = database.venueLogin().orElseThrow();
                ServerLogins.note(outbox, opened.origin(), ServerLogins.Proof.of(opened.password()), login);
            } catch (RuntimeException e) {
                LOG.warn("The login to {} was not kept for a start without the server", opened.origin(), e);
            }
        }, "huiwu-login-proof");
        keeping.setDaemon(true);
        keeping.start();
        outbox.beforeClose(() -> {
            try {
                keeping.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
