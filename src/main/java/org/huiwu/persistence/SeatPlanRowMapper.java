package org.huiwu.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.model.seating.AudienceFill;
import org.huiwu.model.seating.Convention;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.RowNumbering;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.seating.SeatingVariant;
import org.huiwu.model.seating.Viewpoint;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code seat_plan} row to a plan without blocks; variants are stored as a comma list. Stateless. */
public final class SeatPlanRowMapper implements RowMapper<SeatPlan> {

    @Override
    public SeatPlan map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SeatPlan(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                Convention.valueOf(rs.getString("convention")), variantsOf(rs.getString("variants")),
                RowNumbering.valueOf(rs.getString("row_numbering")), AudienceFill.valueOf(rs.getString("audience_fill")),
                DoorPosition.valueOf(rs.getString("door")), Viewpoint.valueOf(rs.getString("viewpoint")), List.of());
    }

    static String variantsText(Set<SeatingVariant> variants) {
        return variants.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<SeatingVariant> variantsOf(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(SeatingVariant::valueOf).collect(Collectors.toSet());
    }
}
