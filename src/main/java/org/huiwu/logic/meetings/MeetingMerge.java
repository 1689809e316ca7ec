package org.huiwu.logic.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.huiwu.model.Meeting;

/**
 * Two edits of one meeting's details made from the same stored version on two laptops (decision 0031), field by
 * field against that version: a field only one side changed takes that side's value, so neither side's change is
 * lost; a field both changed differently is a clash the losing editor decides (keep mine / take theirs). Immutable.
 *
 * @param base the meeting as both read it
 * @param mine the edit refused because the other was stored first
 * @param theirs the meeting as the other laptop stored it
 */
public record MeetingMerge(Meeting base, Meeting mine, Meeting theirs) {

    /** The fields of the details form, in its order. */
    public enum Field {
        TITLE(Meeting::title), CATEGORY(Meeting::category), DATE(Meeting::date), START(Meeting::startTime),
        END(Meeting::plannedEndTime), VENUE(Meeting::venue), HOST(Meeting::hostOrganisation),
        ORGANISER(Meeting::organisingOrganisation), CONFIDENTIALITY(Meeting::confidentiality),
        FOREIGN_AFFAIRS(Meeting::foreignAffairs), EXPECTED(Meeting::expectedAttendees),
        CONTACT(Meeting::contactPerson), PHONE(Meeting::contactPhone), NOTES(Meeting::notes), AGENDA(Meeting::agenda);

        private final Function<Meeting, Object> value;

        Field(Function<Meeting, Object> value) {
            this.value = value;
        }

        /** The field's value in the meeting. */
        public Object of(Meeting meeting) {
            return value.apply(meeting);
        }
    }

    public MeetingMerge {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
    }

    /** The fields both sides changed to different values: what the editor must decide. */
    public List<Field> clashes() {
        List<Field> clashes = new ArrayList<>();
        for (Field field : Field.values()) {
            if (changed(mine, field) && changed(theirs, field) && !Objects.equals(field.of(mine), field.of(theirs))) {
                clashes.add(field);
            }
        }
        return clashes;
    }

    /** The fields only the other laptop changed: they are taken whatever the editor decides. */
    public List<Field> theirsOnly() {
        List<Field> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            if (changed(theirs, field) && !changed(mine, field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The meeting with every side's own changes, and on the clashes mine ({@code keepMine}) or theirs. */
    public Meeting resolved(boolean keepMine) {
        Meeting m = base;
        Object[] v = new Object[Field.values().length];
        for (Field field : Field.values()) {
            boolean mineChanged = changed(mine, field);
            boolean theirsChanged = changed(theirs, field);
            Meeting from = mineChanged && (!theirsChanged || keepMine) ? mine : theirsChanged ? theirs : m;
            v[field.ordinal()] = field.of(from);
        }
        return new Meeting(base.id(), (String) v[0], (org.huiwu.model.MeetingCategory) v[1], (java.time.LocalDate) v[2],
                (java.time.LocalTime) v[3], (java.time.LocalTime) v[4], (String) v[5], (String) v[6], (String) v[7],
                (org.huiwu.model.Confidentiality) v[8], (Boolean) v[9], (Integer) v[10], (String) v[11],
                (String) v[12], (String) v[13], castAgenda(v[14]));
    }

    @SuppressWarnings("unchecked")
    private static List<org.huiwu.model.AgendaItem> castAgenda(Object agenda) {
        return (List<org.huiwu.model.AgendaItem>) agenda;
    }

    private boolean changed(Meeting side, Field field) {
        return !Objects.equals(field.of(side), field.of(base));
    }
}
