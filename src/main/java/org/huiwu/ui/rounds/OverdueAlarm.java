package org.huiwu.ui.rounds;

import java.util.HashSet;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.huiwu.logic.rounds.SeatBoard;
import org.huiwu.model.rounds.SeatServiceState;

/**
 * The round board's soft alarm: off by default; while it is on, a seat that turns overdue counts one
 * alert, on which the view plays a soft tone. Seats already overdue at the last look do not count
 * again. FX thread only.
 */
final class OverdueAlarm {

    private final BooleanProperty soundOn = new SimpleBooleanProperty(this, "soundOn", false);
    private final IntegerProperty alerts = new SimpleIntegerProperty(this, "overdueAlerts");
    private Set<String> overdueSeats = Set.of();

    /** Looks at the board as just computed and counts an alert when a seat is newly overdue and the sound is on. */
    void look(SeatBoard board) {
        Set<String> now = new HashSet<>();
        board.seats().stream().filter(seat -> seat.state() == SeatServiceState.OVERDUE)
                .forEach(seat -> now.add(seat.seatKey()));
        boolean anyNew = now.stream().anyMatch(key -> !overdueSeats.contains(key));
        overdueSeats = now;
        if (anyNew && soundOn.get()) {
            alerts.set(alerts.get() + 1);
        }
    }

    BooleanProperty soundOnProperty() {
        return soundOn;
    }

    ReadOnlyIntegerProperty alertsProperty() {
        return alerts;
    }
}
