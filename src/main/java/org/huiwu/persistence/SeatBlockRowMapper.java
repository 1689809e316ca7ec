package org.huiwu.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.BlockOptions;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.TableOrientation;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code seat_block} row with its options; row sizes are stored as a comma list. Stateless. */
public final class SeatBlockRowMapper implements RowMapper<SeatBlock> {

    @Override
    public SeatBlock map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SeatBlock(rs.getObject("id", UUID.class), BlockKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rowsOf(rs.getString("row_sizes")), rs.getInt("aisle_every"), rs.getInt("tables"),
                rs.getInt("seats_per_table"), rs.getInt("host_seats"), rs.getInt("guest_seats"),
                TableOrientation.valueOf(rs.getString("orientation")), options(rs));
    }

    private static BlockOptions options(ResultSet rs) throws SQLException {
        return new BlockOptions(PresiderPlacement.valueOf(rs.getString("presider_placement")),
                rs.getObject("presider_id", UUID.class), SpeakerStand.valueOf(rs.getString("speaker_stand")),
                UnitSections.valueOf(rs.getString("unit_sections")), UnitOrder.valueOf(rs.getString("unit_order")),
                InterpreterPlacement.valueOf(rs.getString("interpreter_placement")));
    }

    static String rowsText(List<Integer> rows) {
        return rows.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> rowsOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
