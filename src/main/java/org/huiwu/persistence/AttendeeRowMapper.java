package org.huiwu.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code attendee} row. Stateless. */
public final class AttendeeRowMapper implements RowMapper<Attendee> {

    @Override
    public Attendee map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Attendee(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getString("name"),
                rs.getString("organisation"),
                rs.getString("position"),
                rs.getInt("precedence"),
                AttendeeRole.valueOf(rs.getString("role")),
                Side.valueOf(rs.getString("side")),
                CheckInStatus.valueOf(rs.getString("check_in")),
                rs.getString("notes"));
    }
}
