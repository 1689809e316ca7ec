package org.huiwu.persistence;

import java.util.List;
import java.util.UUID;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The single-seat statements of the version-checked seat write (decision 0031): read every seat row with its version,
 * claim one seat at the version read, then fill, insert or delete it. {@link SeatRowVersion#writeOver} decides which;
 * {@link SeatPlanDao} runs them inside its transactions. Thread-safe when attached on demand.
 */
public interface SeatRowWrites {

    @SqlQuery("SELECT seat_key, attendee_id, locked, version FROM seat_assignment WHERE plan_id = :planId")
    @RegisterConstructorMapper(SeatRowVersion.class)
    List<SeatRowVersion> versionedRows(@Bind("planId") UUID planId);

    @SqlUpdate("""
            UPDATE seat_assignment SET attendee_id = NULL, locked = FALSE, version = version + 1
            WHERE plan_id = :planId AND seat_key = :seat AND version = :expected
            """)
    int claimSeat(@Bind("planId") UUID planId, @Bind("seat") String seat, @Bind("expected") int expected);

    @SqlUpdate("UPDATE seat_assignment SET attendee_id = :attendee, locked = :locked WHERE plan_id = :planId AND seat_key = :seat")
    int fillSeat(@Bind("planId") UUID planId, @Bind("seat") String seat, @Bind("attendee") UUID attendee,
            @Bind("locked") boolean locked);

    @SqlUpdate("INSERT INTO seat_assignment (plan_id, seat_key, attendee_id, locked) VALUES (:planId, :seat, :attendee, :locked)")
    int insertSeat(@Bind("planId") UUID planId, @Bind("seat") String seat, @Bind("attendee") UUID attendee,
            @Bind("locked") boolean locked);

    @SqlUpdate("DELETE FROM seat_assignment WHERE plan_id = :planId AND seat_key = :seat")
    int deleteSeat(@Bind("planId") UUID planId, @Bind("seat") String seat);
}
