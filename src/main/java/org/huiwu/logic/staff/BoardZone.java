package org.huiwu.logic.staff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.staff.Staffing;
import org.huiwu.model.staff.VenueLogin;

/**
 * Which zone the tea board opens on for the attendant at this laptop (issue #15): when the meeting's staffing
 * table puts them on the meeting with a zone, the plan's zone named as that staffing zone ("主席台组") or after
 * them; the zone of everyone for a supervisor, for anyone staffed without a zone, and for anyone not on the
 * meeting. On a venue server the server says who that is (decision 0037): the person named for the login (or the
 * login), and a supervisor is a login with the server's supervisor role — the name typed in the settings and the
 * staff post are not asked. On a laptop's own file it is the settings' attendant, and a supervisor is staffed as
 * 领班 (Supervisor). Reads the staffing and the login, so call {@link #zoneFor} off the FX thread; {@link #pick} is
 * pure. Thread-safe.
 */
public final class BoardZone {

    private final MeetingStaffing staffing;
    private final Supplier<Optional<VenueLogin>> login;

    /** The rule on a laptop's own file: the settings' attendant name and the 领班 post. */
    public BoardZone(MeetingStaffing staffing) {
        this(staffing, Optional::empty);
    }

    /** The rule with the store's venue login ({@code Database::venueLogin}), empty on a laptop's own file. */
    public BoardZone(MeetingStaffing staffing, Supplier<Optional<VenueLogin>> login) {
        this.staffing = staffing;
        this.login = login;
    }

    /** The id of the zone the board of {@code meetingId} opens on for {@code attendant} (the settings' name). */
    public UUID zoneFor(UUID meetingId, String attendant, List<ServiceZone> zones) {
        return pick(attendant, login.get(), staffing.of(meetingId), zones);
    }

    /** The rule on a laptop's own file: the attendant's own zone, or {@link ServiceZone#EVERYONE}. */
    public static UUID pick(String attendant, List<Staffing> lines, List<ServiceZone> zones) {
        return pick(attendant, Optional.empty(), lines, zones);
    }

    /**
     * The rule itself: with a venue login, its person (or login name) and its role; without one, {@code attendant}
     * and the 领班 post.
     */
    public static UUID pick(String attendant, Optional<VenueLogin> login, List<Staffing> lines, List<ServiceZone> zones) {
        List<String> names = login.map(l -> List.of(l.person(), l.login()))
                .orElseGet(() -> List.of(attendant == null ? "" : attendant.strip()));
        if (names.stream().allMatch(String::isEmpty)) {
            return ServiceZone.EVERYONE;
        }
        List<Staffing> own = lines.stream().filter(l -> names.stream().anyMatch(n -> !n.isEmpty()
                && l.staffName().strip().equalsIgnoreCase(n))).toList();
        boolean supervisor = login.map(VenueLogin::supervisor).orElseGet(() -> own.stream().anyMatch(l ->
                "领班".equals(l.postZh().strip()) || "supervisor".equalsIgnoreCase(l.postEn().strip())));
        boolean zoned = own.stream().anyMatch(l -> l.zone() != null && !l.zone().isBlank());
        if (supervisor || !zoned) {
            return ServiceZone.EVERYONE;
        }
        List<String> named = own.stream().map(Staffing::zone).filter(z -> z != null && !z.isBlank())
                .map(String::strip).toList();
        return zones.stream().filter(z -> !z.isEveryone()).filter(z -> names.stream().anyMatch(z.attendant()::equalsIgnoreCase)
                || named.stream().anyMatch(z.attendant()::equalsIgnoreCase))
                .map(ServiceZone::id).findFirst().orElse(ServiceZone.EVERYONE);
    }
}
