package org.huiwu.ui.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * attendees with their check-in, who is marked as speaking, the seats as their name cards were last
 * printed, and revision numbers of the tea-service records and of the incidents that screens derive
 * figures from. Every command publishes here after its write has succeeded; every screen that shows
 * the fact observes it, so a change on one screen shows on the others at once, without reopening the
 * meeting and without one screen reloading another (decision 0018). A publication for a meeting other
 * than the open one is ignored; opening another meeting clears the facts until that meeting's commands
 * publish. Owned by {@link AppState}. FX thread only.
 */
public final class OpenMeeting {

    private final AppState state;
    private final ObjectProperty<SeatAssignments> assignments = new SimpleObjectProperty<>(this, "assignments");
    private final ObjectProperty<List<Attendee>> attendees = new SimpleObjectProperty<>(this, "attendees");
    private final IntegerProperty serviceRevision = new SimpleIntegerProperty(this, "serviceRevision");
    private final IntegerProperty incidentRevision = new SimpleIntegerProperty(this, "incidentRevision");
    private final IntegerProperty serviceElsewhere = new SimpleIntegerProperty(this, "serviceElsewhere");
    private final IntegerProperty checklistRevision = new SimpleIntegerProperty(this, "checklistRevision");
    private final IntegerProperty layoutVersion = new SimpleIntegerProperty(this, "layoutVersion", -1);
    private final IntegerProperty queuedRefusals = new SimpleIntegerProperty(this, "queuedRefusals");
    private Set<UUID> serviceRecordsElsewhere = Set.of();
    private final ObjectProperty<Set<UUID>> speakers = new SimpleObjectProperty<>(this, "speakers", Set.of());
    private final ObjectProperty<Map<String, UUID>> printedCards = new SimpleObjectProperty<>(this, "printedCards");
    private final javafx.collections.ObservableList<String> staffedNames = javafx.collections.FXCollections
            .observableArrayList();
    private final javafx.collections.ObservableList<String> staffedView = javafx.collections.FXCollections
            .unmodifiableObservableList(staffedNames);

    OpenMeeting(AppState state) {
        this.state = state;
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                assignments.set(null);
                attendees.set(null);
                speakers.set(Set.of());
                printedCards.set(null);
                layoutVersion.set(-1);
                staffedNames.clear();
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

    /** Goes up by one after each stored incident record (a capture, an edit, a tick) of the open meeting. */
    public ReadOnlyIntegerProperty incidentRevisionProperty() {
        return incidentRevision;
    }

    /** The attendees marked as speaking in the open meeting, as last stored; empty until published. */
    public ReadOnlyObjectProperty<Set<UUID>> speakersProperty() {
        return speakers;
    }

    /** Who sat where when the name cards were last printed (seat key to attendee); null until published. */
    public ReadOnlyObjectProperty<Map<String, UUID>> printedCardsProperty() {
        return printedCards;
    }

    /** An incident record of the meeting was stored. */
    public void incidentsStored(UUID meetingId) {
        if (isOpen(meetingId)) {
            incidentRevision.set(incidentRevision.get() + 1);
        }
    }

    /** The people marked as speaking, as the meeting's stored speaker changes say. */
    public void speakersStored(UUID meetingId, Set<UUID> stored) {
        if (isOpen(meetingId) && !stored.equals(speakers.get())) {
            speakers.set(Set.copyOf(stored));
        }
    }

    /** The seats as their name cards were printed, as stored after a print. */
    public void printedCardsStored(UUID meetingId, Map<String, UUID> stored) {
        if (isOpen(meetingId)) {
            printedCards.set(Map.copyOf(stored));
        }
    }

    /** The names on the open meeting's staffing table (annex J), offered where an attendant names who did something. */
    public javafx.collections.ObservableList<String> staffedNames() {
        return staffedView;
    }

    /** The names on the meeting's staffing table as stored. */
    public void staffingStored(UUID meetingId, List<String> names) {
        if (isOpen(meetingId)) {
            staffedNames.setAll(names);
        }
    }

    /** The seat assignments stored for the meeting. */
    public void seatingStored(UUID meetingId, SeatAssignments stored) {
        if (isOpen(meetingId)) {
            assignments.set(stored);
        }
    }

    /**
     * The stored version of the open meeting's plan layout (blocks, rows, seats, rules; decision 0039) after the
     * last layout save seen here or in the change feed; -1 until one is published. Screens showing the layout read
     * it again when it changes to a version they do not show.
     */
    public ReadOnlyIntegerProperty layoutVersionProperty() {
        return layoutVersion;
    }

    /** The layout of the meeting's plan was stored with {@code version} (here or on another laptop). */
    public void layoutStored(UUID meetingId, int version) {
        if (isOpen(meetingId)) {
            layoutVersion.set(version);
        }
    }

    /**
     * Counts the outbox sends in which a record this laptop made during an outage was refused or kept as another
     * laptop left it (decision 0041): what this laptop showed may differ from what is stored although the version
     * numbers agree (a layout refused at replay and another laptop's stored at the same number), so screens showing
     * such records read them again when it changes.
     */
    public ReadOnlyIntegerProperty queuedRefusalsProperty() {
        return queuedRefusals;
    }

    /** Records queued here were refused (or kept as another laptop left them) when sent. */
    public void queuedRefused(UUID meetingId) {
        if (isOpen(meetingId)) {
            queuedRefusals.set(queuedRefusals.get() + 1);
        }
    }

    /** The meeting's attendees as stored after an edit, an import or a check-in. */
    public void attendeesStored(UUID meetingId, List<Attendee> stored) {
        if (isOpen(meetingId)) {
            attendees.set(List.copyOf(stored));
        }
    }

    /**
     * Goes up by one when another laptop (or window) stored tea-service records of the open meeting, as the change
     * feed says (decision 0031); the tea board reads the meeting's log again.
     */
    public ReadOnlyIntegerProperty serviceElsewhereProperty() {
        return serviceElsewhere;
    }

    /** The records named by the latest {@link #serviceElsewhereProperty()} change; empty: unknown, read them all. */
    public Set<UUID> serviceRecordsElsewhere() {
        return serviceRecordsElsewhere;
    }

    /** Goes up by one after a checklist mark of the open meeting was stored here or on another laptop. */
    public ReadOnlyIntegerProperty checklistRevisionProperty() {
        return checklistRevision;
    }

    /** Tea-service records of the meeting were stored elsewhere (the change feed said so); which ones is unknown. */
    public void serviceStoredElsewhere(UUID meetingId) {
        serviceStoredElsewhere(meetingId, Set.of());
    }

    /**
     * Tea-service records of the meeting were stored elsewhere, these by id ({@link #serviceRecordsElsewhere()});
     * an empty set means "read the whole log again".
     */
    public void serviceStoredElsewhere(UUID meetingId, Set<UUID> records) {
        if (isOpen(meetingId)) {
            serviceRecordsElsewhere = Set.copyOf(records);
            serviceElsewhere.set(serviceElsewhere.get() + 1);
            serviceRevision.set(serviceRevision.get() + 1);
        }
    }

    /** A checklist mark of the meeting was stored elsewhere (the change feed said so). */
    public void checklistsStoredElsewhere(UUID meetingId) {
        if (isOpen(meetingId)) {
            checklistRevision.set(checklistRevision.get() + 1);
        }
    }

    /** A tea-service record of the meeting was stored. */
    public void serviceStored(UUID meetingId) {
        if (isOpen(meetingId)) {
            serviceRevision.set(serviceRevision.get() + 1);
        }
    }
}
