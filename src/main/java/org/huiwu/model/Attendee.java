package org.huiwu.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A person attending a meeting (参会代表). {@code rank} is the precedence (位次): 1 is the most senior,
 * and equal ranks are allowed (a tie is shown to the user, never silently broken).
 */
public record Attendee(
        UUID id,
        UUID meetingId,
        String name,
        String organisation,
        String position,
        int rank,
        AttendeeRole role,
        Side side,
        CheckInStatus checkIn,
        String notes) {

    /** The longest name the app accepts; longer input is refused with a message, not truncated. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The longest organisation or position text the app accepts. */
    public static final int MAX_TEXT_LENGTH = 200;

    public Attendee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(checkIn, "checkIn");
        organisation = organisation == null ? "" : organisation;
        position = position == null ? "" : position;
        notes = notes == null ? "" : notes;
    }

    public Attendee withName(String newName) {
        return new Attendee(id, meetingId, newName, organisation, position, rank, role, side, checkIn, notes);
    }

    public Attendee withOrganisation(String newOrganisation) {
        return new Attendee(id, meetingId, name, newOrganisation, position, rank, role, side, checkIn, notes);
    }

    public Attendee withPosition(String newPosition) {
        return new Attendee(id, meetingId, name, organisation, newPosition, rank, role, side, checkIn, notes);
    }

    public Attendee withRole(AttendeeRole newRole) {
        return new Attendee(id, meetingId, name, organisation, position, rank, newRole, side, checkIn, notes);
    }

    public Attendee withSide(Side newSide) {
        return new Attendee(id, meetingId, name, organisation, position, rank, role, newSide, checkIn, notes);
    }

    public Attendee withNotes(String newNotes) {
        return new Attendee(id, meetingId, name, organisation, position, rank, role, side, checkIn, newNotes);
    }

    public Attendee withRank(int newRank) {
        return new Attendee(id, meetingId, name, organisation, position, newRank, role, side, checkIn, notes);
    }

    public Attendee withCheckIn(CheckInStatus status) {
        return new Attendee(id, meetingId, name, organisation, position, rank, role, side, status, notes);
    }

    public Attendee inMeeting(UUID newId, UUID newMeetingId) {
        return new Attendee(newId, newMeetingId, name, organisation, position, rank, role, side, checkIn, notes);
    }
}
