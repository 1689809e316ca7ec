package org.huiwu.ui.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.rounds.BoardSnapshot;
import org.huiwu.logic.staff.BoardZone;
import org.huiwu.model.rounds.ServiceRound;
import org.huiwu.model.rounds.ServiceZone;

/**
 * The zones the round board offers (everyone first, the default that serves every seat, then the plan's
 * named zones) and the one chosen. An open round shows its own zone; a meeting opened anew shows the
 * attendant's home zone (by the rule given to {@link #openOnOwnZone}); a board read again keeps the choice.
 * FX thread only, except the function {@link #homeZone} returns, which the background load applies.
 */
final class BoardZones {

    private final ObservableList<ServiceZone> zones = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceZone> chosen = new SimpleObjectProperty<>(this, "zone");
    private UUID zonedMeeting;
    private BoardZone ownZone;
    private Supplier<String> attendant = () -> "";

    /** Opens each meeting on the zone {@code rule} gives the attendant named by {@code name}; without it, on all zones. */
    void openOnOwnZone(BoardZone rule, Supplier<String> name) {
        ownZone = rule;
        attendant = name;
    }

    /**
     * The attendant's home zone in {@code meetingId}, taken from the board once read (it may run in the
     * background); the attendant's name is read now, on the FX thread.
     */
    Function<BoardSnapshot, UUID> homeZone(UUID meetingId) {
        BoardZone rule = ownZone;
        String name = attendant.get();
        return loaded -> rule == null ? ServiceZone.EVERYONE : rule.zoneFor(meetingId, name, loaded.plan().zones());
    }

    /** Offers the zones of {@code snapshot} of {@code meetingId} and chooses the one to show. */
    void loaded(BoardSnapshot snapshot, ServiceRound round, UUID meetingId, UUID homeZone) {
        ServiceZone was = chosen.get();
        UUID shown = round != null ? round.zoneId() : !meetingId.equals(zonedMeeting) ? homeZone
                : was != null ? was.id() : ServiceZone.EVERYONE;
        zonedMeeting = meetingId;
        List<ServiceZone> all = new ArrayList<>();
        all.add(new ServiceZone(ServiceZone.EVERYONE, "", Set.of()));
        all.addAll(snapshot.plan().zones());
        zones.setAll(all);
        chosen.set(zones.stream().filter(z -> z.id().equals(shown)).findFirst().orElse(zones.get(0)));
    }

    ObservableList<ServiceZone> zones() {
        return zones;
    }

    ObjectProperty<ServiceZone> chosenProperty() {
        return chosen;
    }
}
