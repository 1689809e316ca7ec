package org.huiwu.ui.flow;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.model.staff.VenueLogin;
import org.huiwu.ui.common.TaskRunner;

/**
 * Whether this laptop's login may press the supervisor's override (decision 0037): on a venue server the login's
 * role decides — an attendant's login is refused by the server's row policy on {@code stage_change}, so the button
 * is greyed out beforehand with the reason; on the laptop's own H2 file there is no login and nothing is barred.
 * The login is read off the FX thread through the {@link TaskRunner}; a failed read bars nothing (the server still
 * refuses). FX thread only.
 */
public final class OverrideGate {

    private final BooleanProperty barred = new SimpleBooleanProperty(this, "barred");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private Supplier<Optional<VenueLogin>> login = Optional::empty;

    /** Reads who is logged in from {@code venueLogin} ({@code AppContext::venueLogin}) from now on. */
    void readFrom(Supplier<Optional<VenueLogin>> venueLogin) {
        this.login = venueLogin;
    }

    /** Asks the store who is logged in and bars the override for an attendant's login. */
    void check(TaskRunner runner, I18n i18n) {
        Supplier<Optional<VenueLogin>> source = login;
        runner.run(source::get, found -> {
            boolean attendant = found.isPresent() && !found.get().supervisor();
            barred.set(attendant);
            reason.set(attendant ? i18n.format("flow.ui.overrideSupervisorsOnly", found.get().person()) : "");
        }, failure -> {
            barred.set(false);
            reason.set("");
        });
    }

    /** True when the login is an attendant's on a venue server. */
    public ReadOnlyBooleanProperty barredProperty() {
        return barred;
    }

    /** Why the override is barred, in the user's language; empty when it is not. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }
}
