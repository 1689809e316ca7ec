package org.huiwu.logic.attendees;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.Attendee;
import org.huiwu.model.CheckInStatus;
import org.huiwu.persistence.AttendeeDao;

/**
 * The roster's writes made over what the editor saw rather than at a version read now, for a venue server that
 * cannot be reached or has records of this laptop still waiting (decisions 0031 amended, 0038): the proxy queues
 * them, and stores them later only over what was seen (a check-in) or merged with what another laptop stored (an
 * edit). Stateless besides its DAO; call off the FX thread.
 */
final class EditsOverSeen {

    private final AttendeeDao attendees;
    private final Clock clock;

    EditsOverSeen(AttendeeDao attendees, Clock clock) {
        this.attendees = attendees;
        this.clock = clock;
    }

    /**
     * The check-in alone, written (or queued) only over the state the editor saw; when the store refuses it (the
     * server answered after all and another laptop changed the check-in), what came of it.
     */
    AttendeeEdit checkInFrom(Attendee base, Attendee mine) {
        OffsetDateTime at = mine.checkIn() == CheckInStatus.EXPECTED ? null : clock.instant().atOffset(ZoneOffset.UTC);
        if (attendees.updateCheckInFrom(mine.id(), base.checkIn().name(), mine.checkIn().name(), at) > 0) {
            return AttendeeEdit.written(mine);
        }
        Optional<Attendee> stored = attendees.find(mine.id());
        if (stored.isEmpty()) {
            return AttendeeEdit.removed();
        }
        if (stored.get().checkIn() == mine.checkIn()) {
            return AttendeeEdit.written(stored.get());
        }
        return AttendeeEdit.clash(new FieldMerge<>(base, mine, stored.get(), AttendeeEdit.FIELDS));
    }

    /**
     * The edit written (or queued) only while the attendee is stored exactly as the editor saw it; empty when the
     * server answered after all and holds a change from elsewhere (the roster merges then).
     */
    Optional<AttendeeEdit> editFrom(Attendee base, Attendee mine) {
        OffsetDateTime at = mine.checkIn() == CheckInStatus.EXPECTED || mine.checkIn() == base.checkIn() ? null
                : clock.instant().atOffset(ZoneOffset.UTC);
        return attendees.saveFrom(base, mine, at) > 0 ? Optional.of(AttendeeEdit.written(mine)) : Optional.empty();
    }
}
