package org.huiwu.logic.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import org.huiwu.logic.live.FieldMerge;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;

/**
 * The fields of a meeting's details form, in its order, for merging two edits made from the same stored version on
 * two laptops (decision 0031) through the one {@link FieldMerge}: a field only one side changed takes that side's
 * value; a field both changed differently is a clash the losing editor decides. Stateless.
 */
public final class MeetingMerge {

    /** The details form's fields, each with its label key; the index is the field's place in {@link #with}. */
    public static final List<FieldMerge.Field<Meeting>> FIELDS = List.of(
            field(0, "meeting.field.title", Meeting::title),
            field(1, "meeting.field.category", Meeting::category),
            field(2, "meeting.field.date", Meeting::date),
            field(3, "meeting.field.start", Meeting::startTime),
            field(4, "meeting.field.end", Meeting::plannedEndTime),
            field(5, "meeting.field.venue", Meeting::venue),
            field(6, "meeting.field.host", Meeting::hostOrganisation),
            field(7, "meeting.field.organiser", Meeting::organisingOrganisation),
            field(8, "meeting.field.confidentiality", Meeting::confidentiality),
            field(9, "meeting.field.foreignAffairs", Meeting::foreignAffairs),
            field(10, "meeting.field.expected", Meeting::expectedAttendees),
            field(11, "meeting.field.contact", Meeting::contactPerson),
            field(12, "meeting.field.phone", Meeting::contactPhone),
            field(13, "meeting.field.notes", Meeting::notes),
            field(14, "meeting.agenda.heading", Meeting::agenda));

    private MeetingMerge() {
    }

    /**
     * The merge of {@code mine} (the edit refused because the other was stored first) and {@code theirs} (the
     * meeting as the other laptop stored it), both made from {@code base}.
     */
    public static FieldMerge<Meeting> of(Meeting base, Meeting mine, Meeting theirs) {
        return new FieldMerge<>(base, mine, theirs, FIELDS);
    }

    private static FieldMerge.Field<Meeting> field(int index, String labelKey, Function<Meeting, Object> value) {
        return new FieldMerge.Field<>(labelKey, value, (meeting, newValue) -> with(meeting, index, newValue));
    }

    /** The meeting with the field at {@code index} of {@link #FIELDS} set to {@code value}, the rest as it is. */
    private static Meeting with(Meeting meeting, int index, Object value) {
        Object[] v = new Object[FIELDS.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = FIELDS.get(i).of(meeting);
        }
        v[index] = value;
        return new Meeting(meeting.id(), (String) v[0], (MeetingCategory) v[1], (LocalDate) v[2], (LocalTime) v[3],
                (LocalTime) v[4], (String) v[5], (String) v[6], (String) v[7], (Confidentiality) v[8], (Boolean) v[9],
                (Integer) v[10], (String) v[11], (String) v[12], (String) v[13], agenda(v[14]));
    }

    @SuppressWarnings("unchecked")
    private static List<AgendaItem> agenda(Object agenda) {
        return (List<AgendaItem>) agenda;
    }
}
