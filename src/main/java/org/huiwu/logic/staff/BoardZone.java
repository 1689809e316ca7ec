package org.huiwu.logic.staff;

import java.util.List;
import java.util.UUID;

import org.huiwu.model.rounds.ServiceZone;
import org.huiwu.model.staff.Staffing;

/**
 * Which zone the tea board opens on for the attendant at this laptop (issue #15): when the meeting's staffing
 * table puts them on the meeting with a zone, the plan's zone named as that staffing zone ("主席台组") or after
 * them; the zone of everyone for a
 * supervisor (领班), for anyone staffed without a zone, and for anyone not on the meeting. Reads the staffing
 * through {@link MeetingStaffing}, so call {@link #zoneFor} off the FX thread; {@link #pick} is pure.
 * Thread-safe.
 */
public final class BoardZone {

    private final MeetingStaffing staffing;

    public BoardZone(MeetingStaffing staffing) {
        this.staffing = staffing;
    }

    /** The id of the zone the board of {@code meetingId} opens on for {@code attendant}. */
    public UUID zoneFor(UUID meetingId, String attendant, List<ServiceZone> zones) {
        return pick(attendant, staffing.of(meetingId), zones);
    }

    /** The rule itself: the attendant's own zone, or {@link ServiceZone#EVERYONE}. */
    public static UUID pick(String attendant, List<Staffing> lines, List<ServiceZone> zones) {
        String name = attendant == null ? "" : attendant.strip();
        if (name.isEmpty()) {
            return ServiceZone.EVERYONE;
        }
        List<Staffing> own = lines.stream().filter(l -> l.staffName().strip().equalsIgnoreCase(name)).toList();
        boolean supervisor = own.stream().anyMatch(l -> "领班".equals(l.postZh().strip())
                || "supervisor".equalsIgnoreCase(l.postEn().strip()));
        boolean zoned = own.stream().anyMatch(l -> l.zone() != null && !l.zone().isBlank());
        if (supervisor || !zoned) {
            return ServiceZone.EVERYONE;
        }
        List<String> named = own.stream().map(Staffing::zone).filter(z -> z != null && !z.isBlank())
                .map(String::strip).toList();
        return zones.stream().filter(z -> !z.isEveryone()).filter(z -> z.attendant().equalsIgnoreCase(name)
                || named.stream().anyMatch(z.attendant()::equalsIgnoreCase))
                .map(ServiceZone::id).findFirst().orElse(ServiceZone.EVERYONE);
    }
}
