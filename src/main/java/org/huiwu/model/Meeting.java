package org.huiwu.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting (会议) as the attendant plans it. Immutable; edits produce a new value.
 * The id is a stable UUID so that logs from several laptops can be merged.
 */
public record Meeting(
        UUID id,
        String title,
        MeetingCategory category,
        LocalDate date,
        LocalTime startTime,
        LocalTime plannedEndTime,
        String venue,
        String hostOrganisation,
        String organisingOrganisation,
        Confidentiality confidentiality,
        boolean foreignAffairs,
        int expectedAttendees,
        String contactPerson,
        String contactPhone,
        String notes,
        List<AgendaItem> agenda) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(confidentiality, "confidentiality");
        venue = nullToEmpty(venue);
        hostOrganisation = nullToEmpty(hostOrganisation);
        organisingOrganisation = nullToEmpty(organisingOrganisation);
        contactPerson = nullToEmpty(contactPerson);
        contactPhone = nullToEmpty(contactPhone);
        notes = nullToEmpty(notes);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }

    /** A blank meeting of the given date, ready to be filled in by the attendant. */
    public static Meeting blank(UUID id, String title, LocalDate date) {
        return new Meeting(id, title, MeetingCategory.OTHER, date, LocalTime.of(9, 0), LocalTime.of(11, 0),
                "", "", "", Confidentiality.ORDINARY, false, 0, "", "", "", List.of());
    }

    public Meeting withId(UUID newId) {
        return new Meeting(newId, title, category, date, startTime, plannedEndTime, venue, hostOrganisation,
                organisingOrganisation, confidentiality, foreignAffairs, expectedAttendees, contactPerson,
                contactPhone, notes, agenda);
    }

    public Meeting withTitleAndDate(String newTitle, LocalDate newDate) {
        return new Meeting(id, newTitle, category, newDate, startTime, plannedEndTime, venue, hostOrganisation,
                organisingOrganisation, confidentiality, foreignAffairs, expectedAttendees, contactPerson,
                contactPhone, notes, agenda);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
