package org.huiwu.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceZone;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The tap path (issue 12 §3): a seat event written with plain JDBC on one pooled connection held between taps,
 * its three statements prepared once: the seat's standing (open round and pours, one query), the change-feed
 * row and the event, then a commit. The same SQL and the same transaction as {@link ServiceEventDao#addAtSeat},
 * without Jdbi attaching the DAO and building its statements per call, which cost about two thirds of a tap.
 * Portable SQL, run unchanged on H2 and PostgreSQL. A failure rolls the transaction back; a failure of the
 * store also drops the connection, so the next tap takes a fresh one from the pool. Thread-safe (taps are
 * serialised); closed by {@link Database#close()} before its pool. Call off the FX thread; never interrupt a
 * thread inside it.
 */
final class HeldSeatWriter implements SeatEventWriter, AutoCloseable {

    static final String STANDING = """
            SELECT COALESCE(
              (SELECT MAX(r.round_number) FROM service_round r
               WHERE r.meeting_id = ? AND r.closed_at IS NULL AND r.zone_id =
                 (SELECT zs.zone_id FROM service_zone_seat zs WHERE zs.meeting_id = ? AND zs.seat_key = ?)),
              (SELECT MAX(r.round_number) FROM service_round r
               WHERE r.meeting_id = ? AND r.closed_at IS NULL AND r.zone_id = ?),
              0),
              (SELECT COALESCE(SUM(CASE WHEN e.kind = 'POUR_UNDONE' THEN -1 ELSE 1 END), 0) FROM service_event e
               WHERE e.meeting_id = ? AND e.seat_key = ? AND e.kind IN ('FIRST_POUR', 'REFILL', 'POUR_UNDONE'))
            """;
    static final String FEED = """
            INSERT INTO change_feed (meeting_id, kind, record_id, written_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)
            """;
    static final String EVENT = """
            INSERT INTO service_event (id, meeting_id, seat_key, attendee_id, attendant, kind, skip_reason, note,
                round_number, occurred_at, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final DataSource pool;
    private Connection connection;
    private PreparedStatement standing;
    private PreparedStatement feed;
    private PreparedStatement insert;
    private boolean closed;

    HeldSeatWriter(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public synchronized ServiceEvent addAtSeat(UUID meetingId, String seatKey,
            Function<ServiceEventDao.SeatStanding, ServiceEvent> event) {
        FxThreadGuard.check("SQL statements of a seat event (tap path)");
        connect();
        try {
            ServiceEvent built = event.apply(standing(meetingId, seatKey));
            write(built);
            connection.commit();
            return built;
        } catch (SQLException e) {
            rollBack(e);
            drop();
            throw new UnableToExecuteStatementException("Storing a seat event failed", e, null);
        } catch (RuntimeException | Error e) {
            rollBack(e);
            throw e;
        }
    }

    private ServiceEventDao.SeatStanding standing(UUID meetingId, String seatKey) throws SQLException {
        standing.setObject(1, meetingId);
        standing.setObject(2, meetingId);
        standing.setString(3, seatKey);
        standing.setObject(4, meetingId);
        standing.setObject(5, ServiceZone.EVERYONE);
        standing.setObject(6, meetingId);
        standing.setString(7, seatKey);
        try (ResultSet row = standing.executeQuery()) {
            row.next();
            return new ServiceEventDao.SeatStanding(row.getInt(1), row.getInt(2) > 0);
        }
    }

    private void write(ServiceEvent event) throws SQLException {
        feed.setObject(1, event.meetingId());
        feed.setString(2, FeedsChanges.SERVICE);
        feed.setObject(3, event.id());
        feed.executeUpdate();
        insert.setObject(1, event.id());
        insert.setObject(2, event.meetingId());
        insert.setString(3, event.seatKey());
        insert.setObject(4, event.attendeeId());
        insert.setString(5, event.attendant());
        insert.setString(6, event.kind().name());
        insert.setString(7, event.skipReason() == null ? null : event.skipReason().name());
        insert.setString(8, event.note());
        insert.setInt(9, event.roundNumber());
        insert.setObject(10, ServiceRowMappers.utc(event.occurredAt()));
        insert.setObject(11, ServiceRowMappers.utc(event.recordedAt()));
        insert.executeUpdate();
    }

    private void connect() {
        if (closed) {
            throw new IllegalStateException("The database is closed");
        }
        if (connection != null) {
            return;
        }
        try {
            connection = pool.getConnection();
            connection.setAutoCommit(false);
            standing = connection.prepareStatement(STANDING);
            feed = connection.prepareStatement(FEED);
            insert = connection.prepareStatement(EVENT);
        } catch (SQLException e) {
            drop();
            throw new ConnectionException(e);
        }
    }

    private void rollBack(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
            drop();
        }
    }

    /** Closes the held connection (its statements with it) and forgets it. */
    private void drop() {
        Connection held = connection;
        connection = null;
        standing = null;
        feed = null;
        insert = null;
        if (held != null) {
            try (held) {
                held.setAutoCommit(true);
            } catch (SQLException e) {
                org.slf4j.LoggerFactory.getLogger(HeldSeatWriter.class).debug("Closing the tap connection failed", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        drop();
    }
}
