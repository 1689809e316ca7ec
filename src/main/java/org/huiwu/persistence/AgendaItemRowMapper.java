package org.huiwu.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;

import org.huiwu.model.AgendaItem;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps an {@code agenda_item} row. Stateless. */
public final class AgendaItemRowMapper implements RowMapper<AgendaItem> {

    @Override
    public AgendaItem map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AgendaItem(rs.getObject("item_time", LocalTime.class), rs.getString("title"),
                rs.getString("speaker"));
    }
}
