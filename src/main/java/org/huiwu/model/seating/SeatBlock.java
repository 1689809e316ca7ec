package org.huiwu.model.seating;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One block of a seat plan, built from a template and its parameters. Which parameters count depends
 * on the kind: {@code rows} (seats per row, front row first) for podium and audience; {@code aisleEvery}
 * (an aisle after every so many seats, 0 = none) for the audience; {@code hostSeats}/{@code guestSeats}
 * for talks and reception; {@code tables} × {@code seatsPerTable} for round tables; {@code rows.get(0)}
 * as the head-table seats and {@code rows.get(1)} as the seats along each arm for U-shape and hollow
 * square. {@code options} hold the podium's presider and speaker's stand and the audience's sections by
 * unit ({@link BlockOptions#NONE} when not given). Immutable.
 */
public record SeatBlock(
        UUID id,
        BlockKind kind,
        String name,
        List<Integer> rows,
        int aisleEvery,
        int tables,
        int seatsPerTable,
        int hostSeats,
        int guestSeats,
        TableOrientation orientation,
        BlockOptions options) {

    public SeatBlock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        rows = rows == null ? List.of() : List.copyOf(rows);
        orientation = orientation == null ? TableOrientation.ACROSS_DOOR : orientation;
        options = options == null ? BlockOptions.NONE : options;
    }

    /** A block without options (the form the callers used before options existed). */
    public SeatBlock(UUID id, BlockKind kind, String name, List<Integer> rows, int aisleEvery, int tables,
            int seatsPerTable, int hostSeats, int guestSeats, TableOrientation orientation) {
        this(id, kind, name, rows, aisleEvery, tables, seatsPerTable, hostSeats, guestSeats, orientation,
                BlockOptions.NONE);
    }

    public static SeatBlock podium(UUID id, String name, List<Integer> rows) {
        return new SeatBlock(id, BlockKind.PODIUM, name, rows, 0, 0, 0, 0, 0, null);
    }

    public static SeatBlock audience(UUID id, String name, List<Integer> rows, int aisleEvery) {
        return new SeatBlock(id, BlockKind.AUDIENCE, name, rows, aisleEvery, 0, 0, 0, 0, null);
    }

    public static SeatBlock talks(UUID id, String name, int hostSeats, int guestSeats, TableOrientation orientation) {
        return new SeatBlock(id, BlockKind.TALKS, name, List.of(), 0, 0, 0, hostSeats, guestSeats, orientation);
    }

    public static SeatBlock reception(UUID id, String name, int hostSeats, int guestSeats) {
        return new SeatBlock(id, BlockKind.RECEPTION, name, List.of(), 0, 0, 0, hostSeats, guestSeats, null);
    }

    public static SeatBlock signing(UUID id, String name) {
        return new SeatBlock(id, BlockKind.SIGNING, name, List.of(), 0, 0, 0, 1, 1, null);
    }

    public static SeatBlock roundTables(UUID id, String name, int tables, int seatsPerTable) {
        return new SeatBlock(id, BlockKind.ROUND_TABLES, name, List.of(), 0, tables, seatsPerTable, 0, 0, null);
    }

    /** U-shape or hollow square: {@code headSeats} at the head table, {@code armSeats} along each arm. */
    public static SeatBlock table(UUID id, BlockKind kind, String name, int headSeats, int armSeats) {
        return new SeatBlock(id, kind, name, List.of(headSeats, armSeats), 0, 0, 0, 0, 0, null);
    }

    public SeatBlock withName(String newName) {
        return new SeatBlock(id, kind, newName, rows, aisleEvery, tables, seatsPerTable, hostSeats, guestSeats,
                orientation, options);
    }

    public SeatBlock withOptions(BlockOptions newOptions) {
        return new SeatBlock(id, kind, name, rows, aisleEvery, tables, seatsPerTable, hostSeats, guestSeats,
                orientation, newOptions);
    }
}
