package org.huiwu.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code meeting} row to a {@link Meeting} without its agenda. Stateless. */
public final class MeetingRowMapper implements RowMapper<Meeting> {

    @Override
    public Meeting map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Meeting(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                MeetingCategory.valueOf(rs.getString("category")),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("planned_end_time", LocalTime.class),
                rs.getString("venue"),
                rs.getString("host_organisation"),
                rs.getString("organising_organisation"),
                Confidentiality.valueOf(rs.getString("confidentiality")),
                rs.getBoolean("foreign_affairs"),
                rs.getInt("expected_attendees"),
                rs.getString("contact_person"),
                rs.getString("contact_phone"),
                rs.getString("notes"),
                List.of());
    }
}
