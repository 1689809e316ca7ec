package org.huiwu.logic.rounds;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.seating.PlannedSeat;

/**
 * The floor of a tap: the same event row inserted with plain JDBC and committed, through a connection of
 * its own to the database the app holds open (same file, same settings, every commit written through),
 * timed right after each app tap so both see the same moment of the machine's load.
 */
final class TapFloor implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement insert;

    private final String url;

    TapFloor(Path dir) throws Exception {
        url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("huiwu")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
        connection = DriverManager.getConnection(url, "sa", org.huiwu.persistence.FolderSecret.of(dir));
        connection.setAutoCommit(false);
        insert = connection.prepareStatement("""
                INSERT INTO service_event (id, meeting_id, seat_key, attendee_id, attendant, kind, round_number,
                    occurred_at, recorded_at) VALUES (?, ?, ?, ?, ?, 'REFILL', 0, ?, ?)""");
    }

    String url() {
        return url;
    }

    long insert(UUID meeting, List<PlannedSeat> seats, Map<String, UUID> occupants, int i) throws Exception {
        String key = seats.get((i * 11) % seats.size()).key();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        long t0 = System.nanoTime();
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, meeting);
        insert.setString(3, key);
        insert.setObject(4, occupants.get(key));
        insert.setString(5, "张敏");
        insert.setObject(6, at);
        insert.setObject(7, at);
        insert.executeUpdate();
        connection.commit();
        return System.nanoTime() - t0;
    }

    @Override
    public void close() throws Exception {
        insert.close();
        connection.close();
    }
}
