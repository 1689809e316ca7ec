package org.huiwu.ui.common;

import java.util.List;
import java.util.UUID;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.huiwu.model.Attendee;
import org.huiwu.model.seating.SeatAssignments;

/**
 * The one observable state of the open meeting that more than one screen shows: who sits where, the
 * attendees with their check-in, and a revision number per kind of record that screens derive figures
 * from (tea service, incidents, printed name cards). Every command publishes here after its write has
 * succeeded; every screen that shows the fact observes it, so a change on one screen shows on the others
 * at once, without reopening the meeting and without one screen reloading another (decision 0018).
 * A publication for a meeting other than the open one is ignored; opening another meeting clears the
 * facts until that meeting's commands or loads publish. Owned by {@link AppState}. FX thread only.
 */
public final class OpenMeeting {

    private final AppState state;
    private final ObjectProperty<SeatAssignments> assignments = new SimpleObjectProperty<>(this, "assignments");
    private final ObjectProperty<List<Attendee>> attendees = new SimpleObjectProperty<>(this, "attendees");
    private final IntegerProperty serviceRevision = new SimpleIntegerProperty(this, "serviceRevision");
    private final IntegerProperty incidentRevision = new SimpleIntegerProperty(this, "incidentRevision");
    private final IntegerProperty printRevision = new SimpleIntegerProperty(this, "printRevision");

    OpenMeeting(AppState state) {
        this.state = state;
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                assignments.set(null);
                attendees.set(null);
            }
        });
    }

    private boolean isOpen(UUID meetingId) {
        return state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId);
    }

    /** Who sits where in the open meeting, as last stored; null until published. */
    public ReadOnlyObjectProperty<SeatAssignments> assignmentsProperty() {
        return assignments;
    }

    /** The open meeting's attendees with their check-in, as last stored; null until published. */
    public ReadOnlyObjectProperty<List<Attendee>> attendeesProperty() {
        return attendees;
    }

    /** Goes up by one after each stored tea-service record of the open meeting. */
    public ReadOnlyIntegerProperty serviceRevisionProperty() {
        return serviceRevision;
    }

    /** Goes up by one after each stored incident change of the open meeting. */
    public ReadOnlyIntegerProperty incidentRevisionProperty() {
        return incidentRevision;
    }

    /** Goes up by one after name cards or a seat list of the open meeting were printed or exported. */
    public ReadOnlyIntegerProperty printRevisionProperty() {
        return printRevision;
    }

    /** The seat assignments stored for the meeting. */
    public void seatingStored(UUID meetingId, SeatAssignments stored) {
        if (isOpen(meetingId)) {
            assignments.set(stored);
        }
    }

    /** The meeting's attendees as stored after an edit, an import or a check-in. */
    public void attendeesStored(UUID meetingId, List<Attendee> stored) {
        if (isOpen(meetingId)) {
            attendees.set(List.copyOf(stored));
        }
    }

    /** A tea-service record of the meeting was stored. */
    public void serviceStored(UUID meetingId) {
        bump(meetingId, serviceRevision);
    }

    /** An incident of the meeting was stored. */
    public void incidentStored(UUID meetingId) {
        bump(meetingId, incidentRevision);
    }

    /** Name cards or a seat list of the meeting were printed or exported. */
    public void printed(UUID meetingId) {
        bump(meetingId, printRevision);
    }

    private void bump(UUID meetingId, IntegerProperty revision) {
        if (isOpen(meetingId)) {
            revision.set(revision.get() + 1);
        }
    }
}
