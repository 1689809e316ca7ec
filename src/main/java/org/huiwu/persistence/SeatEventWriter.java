package org.huiwu.persistence;

import java.util.UUID;
import java.util.function.Function;

import org.huiwu.model.rounds.ServiceEvent;

/**
 * Stores one event at a seat (a tap, an undo, a skip…), built from the seat's standing read in the same
 * transaction, together with its change-feed row, committed to the store before it returns; a failure leaves
 * nothing written. {@link ServiceEventDao#addAtSeat} is one (a method reference), the tap path's held
 * connection ({@link Database#seatEvents()}) the other. Implementations are thread-safe; call off the FX thread.
 */
@FunctionalInterface
public interface SeatEventWriter {

    /** Adds the event {@code event} builds from the seat's standing, and returns it. */
    ServiceEvent addAtSeat(UUID meetingId, String seatKey, Function<ServiceEventDao.SeatStanding, ServiceEvent> event);
}
