package org.huiwu.persistence;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.huiwu.model.seating.SeatAssignments;
import org.jdbi.v3.core.statement.StatementException;

/**
 * One stored seat row with its optimistic version, and the version-checked write of a seat-plan edit (decision
 * 0031) that {@link SeatPlanDao#saveAssignmentsOver} runs inside its transaction. Immutable.
 *
 * @param seatKey the seat
 * @param attendeeId its occupant, null for a locked empty seat
 * @param locked whether it is locked
 * @param version the row's version
 */
public record SeatRowVersion(String seatKey, UUID attendeeId, boolean locked, int version) {

    /** What a seat holds: its occupant and lock; null for a seat without a row. */
    private record Cell(UUID attendeeId, boolean locked) {
    }

    static void writeOver(SeatRowWrites dao, UUID planId, SeatAssignments base, SeatAssignments next) {
        Map<String, Cell> before = cells(base);
        Map<String, Cell> after = cells(next);
        Set<String> changed = new LinkedHashSet<>();
        Set<String> seats = new LinkedHashSet<>(before.keySet());
        seats.addAll(after.keySet());
        for (String seat : seats) {
            if (!Objects.equals(before.get(seat), after.get(seat))) {
                changed.add(seat);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        Map<String, SeatRowVersion> stored = new HashMap<>();
        dao.versionedRows(planId).forEach(row -> stored.put(row.seatKey(), row));
        for (String seat : changed) {
            SeatRowVersion row = stored.get(seat);
            Cell now = row == null ? null : new Cell(row.attendeeId(), row.locked());
            if (!Objects.equals(now, before.get(seat)) || row != null && dao.claimSeat(planId, seat, row.version()) == 0) {
                throw new SeatChangedElsewhereException(seat);
            }
        }
        for (String seat : changed) {
            Cell cell = after.get(seat);
            boolean hadRow = stored.containsKey(seat);
            try {
                if (cell == null) {
                    dao.deleteSeat(planId, seat);
                } else if (hadRow) {
                    dao.fillSeat(planId, seat, cell.attendeeId(), cell.locked());
                } else {
                    dao.insertSeat(planId, seat, cell.attendeeId(), cell.locked());
                }
            } catch (StatementException failed) {
                if (isConstraint(failed)) {
                    throw new SeatChangedElsewhereException(seat);
                }
                throw failed;
            }
        }
    }

    private static Map<String, Cell> cells(SeatAssignments assignments) {
        Map<String, Cell> cells = new HashMap<>();
        assignments.lockedSeats().forEach(seat -> cells.put(seat, new Cell(null, true)));
        assignments.occupantBySeat().forEach((seat, attendee) ->
                cells.put(seat, new Cell(attendee, assignments.isLocked(seat))));
        return cells;
    }

    /** An integrity constraint (SQL state class 23: a key or a unique index) on H2 and PostgreSQL alike. */
    static boolean isConstraint(StatementException failed) {
        for (Throwable cause = failed.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
