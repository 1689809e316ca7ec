package org.huiwu.logic.attendees;

import java.util.List;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;

/**
 * What came of a version-checked edit of an attendee (decision 0031): written, or refused because another laptop
 * changed a field this edit changed too (then {@code conflict} holds both sides and the read both started from),
 * or refused because another laptop removed the attendee ({@code stored} null). Immutable.
 *
 * @param saved whether the edit was written
 * @param stored the attendee as stored now; null when removed elsewhere
 * @param conflict the clash to decide, when refused over a change elsewhere; null otherwise
 */
public record AttendeeEdit(boolean saved, Attendee stored, FieldMerge<Attendee> conflict) {

    /** The fields a person edits in the attendee table, in its column order (label keys of those columns). */
    public static final List<FieldMerge.Field<Attendee>> FIELDS = List.of(
            FieldMerge.Field.of("attendee.column.name", Attendee::name, Attendee::withName),
            FieldMerge.Field.of("attendee.column.organisation", Attendee::organisation, Attendee::withOrganisation),
            FieldMerge.Field.of("attendee.column.position", Attendee::position, Attendee::withPosition),
            FieldMerge.Field.<Attendee, AttendeeRole>of("attendee.column.role", Attendee::role, Attendee::withRole),
            FieldMerge.Field.<Attendee, Side>of("attendee.column.side", Attendee::side, Attendee::withSide),
            FieldMerge.Field.<Attendee, CheckInStatus>of("attendee.column.checkIn", Attendee::checkIn,
                    Attendee::withCheckIn),
            FieldMerge.Field.of("attendee.column.notes", Attendee::notes, Attendee::withNotes));

    static AttendeeEdit written(Attendee stored) {
        return new AttendeeEdit(true, stored, null);
    }

    static AttendeeEdit clash(FieldMerge<Attendee> merge) {
        return new AttendeeEdit(false, merge.theirs(), merge);
    }

    static AttendeeEdit removed() {
        return new AttendeeEdit(false, null, null);
    }
}
