package org.huiwu.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.huiwu.model.rounds.Consumables;
import org.huiwu.model.rounds.MeetingPhase;
import org.huiwu.model.rounds.MeetingPhaseEvent;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.SkipReason;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers of the tea-service tables, and the conversion of instants to the stored UTC timestamps.
 * Stateless.
 */
public final class ServiceRowMappers {

    private ServiceRowMappers() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Maps a {@code service_event} row. */
    public static final class EventMapper implements RowMapper<ServiceEvent> {
        @Override
        public ServiceEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            String reason = rs.getString("skip_reason");
            return new ServiceEvent(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                    rs.getString("seat_key"), rs.getObject("attendee_id", UUID.class), rs.getString("attendant"),
                    ServiceEventKind.valueOf(rs.getString("kind")), reason == null ? null : SkipReason.valueOf(reason),
                    rs.getString("note"), rs.getInt("round_number"), instant(rs, "occurred_at"),
                    instant(rs, "recorded_at"));
        }
    }

    /** Maps a {@code meeting_phase_event} row. */
    public static final class PhaseMapper implements RowMapper<MeetingPhaseEvent> {
        @Override
        public MeetingPhaseEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MeetingPhaseEvent(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                    MeetingPhase.valueOf(rs.getString("phase")), rs.getString("seat_key"),
                    rs.getObject("attendee_id", UUID.class), instant(rs, "occurred_at"));
        }
    }

    /** Maps a {@code service_round} row. */
    public static final class RoundMapper implements RowMapper<ServiceRound> {
        @Override
        public ServiceRound map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ServiceRound(rs.getObject("meeting_id", UUID.class), rs.getInt("round_number"),
                    rs.getObject("zone_id", UUID.class), rs.getString("attendant"), instant(rs, "started_at"),
                    instant(rs, "closed_at"));
        }
    }

    /** Maps a {@code consumables} row. */
    public static final class ConsumablesMapper implements RowMapper<Consumables> {
        @Override
        public Consumables map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Consumables(rs.getInt("cups"), rs.getInt("tea_bags"), rs.getInt("water_bottles"),
                    rs.getInt("towels"));
        }
    }
}
