package org.huiwu.persistence;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.huiwu.model.seating.SeatBlock;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The blocks of a seat plan as stored: read in their order and replaced whole, every size and option of a block in
 * one row. {@link SeatPlanDao} runs these inside its transactions. Thread-safe when attached on demand.
 */
public interface SeatPlanBlocks {

    @SqlQuery("SELECT * FROM seat_block WHERE plan_id = :planId ORDER BY position")
    @RegisterRowMapper(SeatBlockRowMapper.class)
    List<SeatBlock> blocksOf(@Bind("planId") UUID planId);

    @SqlUpdate("DELETE FROM seat_block WHERE plan_id = :planId")
    void deleteBlocks(@Bind("planId") UUID planId);

    @SqlBatch("""
            INSERT INTO seat_block (id, plan_id, position, kind, name, row_sizes, aisle_every, tables, seats_per_table,
                host_seats, guest_seats, orientation, presider_placement, presider_id, speaker_stand, unit_sections,
                unit_order, interpreter_placement)
            VALUES (:id, :planId, :position, :kind, :name, :rowSizes, :aisleEvery, :tables, :seatsPerTable,
                :hostSeats, :guestSeats, :orientation, :presiderPlacement, :presiderId, :speakerStand, :unitSections,
                :unitOrder, :interpreters)
            """)
    void insertBlocks(@Bind("planId") UUID planId, @Bind("id") List<UUID> ids, @Bind("position") List<Integer> positions,
            @Bind("kind") List<String> kinds, @Bind("name") List<String> names, @Bind("rowSizes") List<String> rowSizes,
            @Bind("aisleEvery") List<Integer> aisles, @Bind("tables") List<Integer> tables,
            @Bind("seatsPerTable") List<Integer> seatsPerTable, @Bind("hostSeats") List<Integer> hostSeats,
            @Bind("guestSeats") List<Integer> guestSeats, @Bind("orientation") List<String> orientations,
            @Bind("presiderPlacement") List<String> presiderPlacements, @Bind("presiderId") List<UUID> presiderIds,
            @Bind("speakerStand") List<String> speakerStands, @Bind("unitSections") List<String> unitSections,
            @Bind("unitOrder") List<String> unitOrders, @Bind("interpreters") List<String> interpreters);

    /** Replaces the plan's blocks with {@code blocks}, kept in their order; call inside a transaction. */
    default void replaceBlocks(UUID planId, List<SeatBlock> blocks) {
        deleteBlocks(planId);
        if (blocks.isEmpty()) {
            return;
        }
        List<Integer> positions = IntStream.range(0, blocks.size()).boxed().toList();
        insertBlocks(planId, blocks.stream().map(SeatBlock::id).toList(), positions,
                blocks.stream().map(b -> b.kind().name()).toList(), blocks.stream().map(SeatBlock::name).toList(),
                blocks.stream().map(b -> SeatBlockRowMapper.rowsText(b.rows())).toList(),
                blocks.stream().map(SeatBlock::aisleEvery).toList(), blocks.stream().map(SeatBlock::tables).toList(),
                blocks.stream().map(SeatBlock::seatsPerTable).toList(),
                blocks.stream().map(SeatBlock::hostSeats).toList(), blocks.stream().map(SeatBlock::guestSeats).toList(),
                blocks.stream().map(b -> b.orientation().name()).toList(),
                blocks.stream().map(b -> b.options().presiderPlacement().name()).toList(),
                blocks.stream().map(b -> b.options().presiderId()).toList(),
                blocks.stream().map(b -> b.options().speakerStand().name()).toList(),
                blocks.stream().map(b -> b.options().unitSections().name()).toList(),
                blocks.stream().map(b -> b.options().unitOrder().name()).toList(),
                blocks.stream().map(b -> b.options().interpreters().name()).toList());
    }
}
