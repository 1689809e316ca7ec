package org.huiwu.model.flow;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The organiser's requirements for a meeting (礼仪服务通知单, annex H): time, room, attendees expected,
 * layout, name cards, tea, towels, flowers and fruit, the equipment by device count, special needs, and
 * with whom, when and by whom it was confirmed ({@code confirmedAt} null until confirmed). Immutable.
 */
public record WorkOrder(UUID meetingId, String roomName, LocalTime startTime, LocalTime endTime, int expectedAttendees,
        RoomLayout layout, boolean nameCards, boolean tea, boolean towels, boolean flowers, boolean fruit,
        int microphones, int wirelessMicrophones, int projectors, int videoLinks, String specialNeeds,
        String confirmedWith, Instant confirmedAt, String confirmedBy, Instant changedAt, String changedBy) {

    public WorkOrder {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(changedAt, "changedAt");
        roomName = roomName == null ? "" : roomName;
        specialNeeds = specialNeeds == null ? "" : specialNeeds;
        confirmedWith = confirmedWith == null ? "" : confirmedWith;
        confirmedBy = confirmedBy == null ? "" : confirmedBy;
        changedBy = changedBy == null ? "" : changedBy;
    }

    /** Whether the organiser confirmed it. */
    public boolean confirmed() {
        return confirmedAt != null;
    }

    /** This order confirmed with the organiser's contact at that time by that attendant. */
    public WorkOrder confirmed(String with, Instant at, String by) {
        return new WorkOrder(meetingId, roomName, startTime, endTime, expectedAttendees, layout, nameCards, tea, towels,
                flowers, fruit, microphones, wirelessMicrophones, projectors, videoLinks, specialNeeds, with, at, by,
                at, by);
    }

    /** This order as changed at that time by that attendant; a change clears the confirmation. */
    public WorkOrder changed(Instant at, String by) {
        return new WorkOrder(meetingId, roomName, startTime, endTime, expectedAttendees, layout, nameCards, tea, towels,
                flowers, fruit, microphones, wirelessMicrophones, projectors, videoLinks, specialNeeds, "", null, "",
                at, by);
    }
}
