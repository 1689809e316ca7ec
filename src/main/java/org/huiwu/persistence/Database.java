package org.huiwu.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.jdbi.v3.core.Jdbi;

/**
 * Owns one open store, the embedded H2 file of a data folder ({@link H2Store}) or a venue's PostgreSQL server
 * ({@link ServerStore}): its connection pool, the Flyway migrations ({@value #MIGRATIONS}, the same history on
 * both engines) and the single {@link Jdbi} instance that every DAO is attached to. On PostgreSQL the statements
 * written in H2's dialect are translated by {@link PostgresDialect}, so the DAOs stay one set.
 *
 * <p>The H2 file runs in H2's auto-server mode, so a second process on the same folder (a second window or an
 * export command) connects to the first instead of failing; {@link DatabaseAccess} keeps that server on the
 * loopback address and logs in with the folder's own secret. {@code WRITE_DELAY=0} writes every commit to the
 * file before the commit returns, so a confirmed action survives the JVM being killed right after.
 *
 * <p>Every statement is checked by {@link FxThreadGuard}: none may run on the JavaFX application thread
 * ({@link StoreJdbi}).
 *
 * <p>Thread-safe. Callers must never interrupt a thread that is inside a database call: an interrupt
 * during file I/O makes H2 close its file channel.
 */
public final class Database implements AutoCloseable {

    /** The two engines a store runs on. */
    public enum Engine { H2, POSTGRESQL }

    /** Name of the database file (without H2's {@code .mv.db} suffix) inside the data folder. */
    public static final String FILE_NAME = "huiwu";
    /** The Flyway location of the app's migrations. */
    static final String MIGRATIONS = "classpath:db/migration";

    static {
        DatabaseAccess.bindToLoopback();
    }

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final Engine engine;
    private final VenueLoginReader login = new VenueLoginReader();
    private final HandedOutDaos handedOut = new HandedOutDaos();
    private final HeldSeatWriter seatEvents;
    /** On a venue server: its origin and how it opened, for the offline DAOs (decision 0047); null on H2. */
    private volatile OfflineStart.Opened opened;

    Database(JdbcConnectionPool pool, Engine engine) {
        this.pool = pool;
        this.engine = engine;
        this.jdbi = StoreJdbi.create(pool, engine);
        this.seatEvents = new HeldSeatWriter(pool);
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir} and brings its schema up to date, failing at
     * once when another program holds it.
     *
     * @throws StorageUnavailableException with a reason the UI can explain when the file is damaged,
     *     locked, from a newer version of the app, cannot be written, or the folder cannot be named
     */
    public static Database open(Path dataDir) {
        return open(dataDir, Duration.ZERO, () -> { });
    }

    /**
     * Opens the database like {@link #open(Path)}, but while another process holds it (busy, locked, or
     * just opening or closing it) tries again for up to {@code wait}; {@code waiting} runs once, on the
     * calling thread, before the first wait.
     */
    public static Database open(Path dataDir, Duration wait, Runnable waiting) {
        return H2Store.open(dataDir, List.of(MIGRATIONS), wait, waiting, null);
    }

    /**
     * Opens the database like {@link #open(Path, Duration, Runnable)}; an encrypted one with the passphrase
     * (ignored for a database that is not encrypted).
     *
     * @throws StorageUnavailableException {@link StorageProblem#PASSPHRASE_NEEDED} or
     *     {@link StorageProblem#WRONG_PASSPHRASE} for an encrypted database; nothing was changed then
     */
    public static Database open(Path dataDir, Duration wait, Runnable waiting, String passphrase) {
        return H2Store.open(dataDir, List.of(MIGRATIONS), wait, waiting, passphrase);
    }

    /**
     * Opens the store at {@code location}: the laptop's H2 folder as {@link #open(Path, Duration, Runnable, String)},
     * or a venue server (the wait and the passphrase do not apply to a server).
     *
     * @throws StorageUnavailableException also {@link StorageProblem#SERVER_UNREACHABLE},
     *     {@link StorageProblem#SERVER_LOGIN_REFUSED} or {@link StorageProblem#SERVER_CERTIFICATE} for a server
     */
    public static Database open(StoreLocation location, Duration wait, Runnable waiting, String passphrase) {
        if (location instanceof DatabaseServer server) {
            return ServerStore.open(server, List.of(MIGRATIONS));
        }
        return open(((StoreLocation.LaptopFolder) location).dataDir(), wait, waiting, passphrase);
    }

    void opened(OfflineStart.Opened how) {
        this.opened = how;
    }

    OfflineStart.Opened opened() {
        return opened;
    }

    /** Answers {@code login} for the venue login until the server gives its own (an offline start, decision 0047). */
    void rememberLogin(org.huiwu.model.staff.VenueLogin login) {
        this.login.remember(login);
    }

    /**
     * Logs in to the server once and closes again (the settings screen's "test connection").
     *
     * @return who the server says the login is
     * @throws StorageUnavailableException with the reason when the server cannot be used with this login
     */
    public static org.huiwu.model.staff.VenueLogin check(DatabaseServer server) {
        return ServerStore.check(server);
    }

    /** Whether the folder's database is encrypted, so that it needs a passphrase to open. */
    public static boolean isEncrypted(Path dataDir) {
        return DatabaseFile.isEncrypted(dataDir);
    }

    /** Opens the database with the migrations of the given Flyway locations (tests add a test-only one). */
    static Database open(Path dataDir, List<String> migrationLocations) {
        return H2Store.open(dataDir, migrationLocations, Duration.ZERO, () -> { }, null);
    }

    /**
     * Refuses a data folder whose path the database cannot take in a file name, before anything is created.
     *
     * @throws StorageUnavailableException ({@link StorageProblem#UNSAFE_FOLDER_NAME})
     */
    public static void requireNameable(Path dataDir) {
        DatabaseFile.url(dataDir, "");
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Who this store is logged in as on a venue server (the server's own answer, decision 0037); empty on a
     * laptop's H2 file, where the attendant's name typed in the settings stands. Reads the server; while it cannot be
     * reached, the last answer it gave (the login of an open store does not change), so the tea board still opens on
     * the attendant's zone during an outage. Off the FX thread.
     */
    public Optional<org.huiwu.model.staff.VenueLogin> venueLogin() {
        return engine == Engine.POSTGRESQL ? login.read(jdbi) : Optional.empty();
    }

    /** The engine this store runs on: H2-only features (backups, encryption at rest) ask before they act. */
    public Engine engine() {
        return engine;
    }

    /**
     * A SqlObject DAO, attached on its first call (not here, so building the composition root reads no DAO
     * annotations); it opens a pooled handle per call and is thread-safe.
     */
    public <T> T dao(Class<T> type) {
        return LazyDao.of(jdbi, type, handedOut::add);
    }

    /**
     * The tap path's writer of seat events (issue 12 §3): the same transaction as {@link ServiceEventDao#addAtSeat},
     * on a connection it holds between taps with its statements prepared once. Takes its connection at the first
     * event and gives it back when this store closes. Thread-safe.
     */
    public SeatEventWriter seatEvents() {
        return seatEvents;
    }

    /**
     * Attaches every DAO handed out so far, on a daemon thread of its own ({@link HandedOutDaos}), so that the first
     * use of a feature does not pay for it while the caller goes on (the window's start, decision 0023).
     */
    public void attachInBackground() {
        handedOut.attachInBackground();
    }

    /** Whether {@link #attachInBackground()} has been asked (the window asks once its meeting list shows; tests). */
    public boolean attachingAhead() {
        return handedOut.attachingAhead();
    }

    @Override
    public void close() {
        seatEvents.close();
        pool.dispose();
    }

    /** The storage problem behind a failed DAO call, or empty when the failure did not come from the store. */
    public static Optional<StorageProblem> problemOf(Throwable failure) {
        return StorageProblems.of(failure);
    }
}
