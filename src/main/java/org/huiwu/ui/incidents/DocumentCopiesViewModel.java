package org.huiwu.ui.incidents;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.incidents.DocumentRecovery;
import org.huiwu.logic.incidents.RecoveryClosing;
import org.huiwu.model.Attendee;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.DocumentCopy;
import org.huiwu.model.incidents.Incident;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Numbered copies of classified documents at a confidential (涉密) meeting: issuing copies to named
 * attendees, recording their return, and closing the recovery, which raises a lost-document incident
 * when copies are still out. Only offered when the current meeting is classified. FX thread only;
 * storage work goes through the {@link TaskRunner}.
 */
public final class DocumentCopiesViewModel {

    private record Loaded(List<DocumentCopy> copies, List<Attendee> attendees, boolean closed) {
    }

    private final DocumentRecovery recovery;
    private final AttendeeRoster roster;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;
    private final Consumer<Incident> onLostRaised;

    private final BooleanProperty classified = new SimpleBooleanProperty(this, "classified");
    private final BooleanProperty closed = new SimpleBooleanProperty(this, "closed");
    private final ObservableList<DocumentCopy> copies = FXCollections.observableArrayList();
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private Map<UUID, String> names = Map.of();

    public DocumentCopiesViewModel(DocumentRecovery recovery, AttendeeRoster roster, AppState state,
            Attendant attendant, TaskRunner runner, DialogService dialogs, IncidentTexts texts,
            Consumer<Incident> onLostRaised) {
        this.recovery = recovery;
        this.roster = roster;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.onLostRaised = onLostRaised;
        state.currentMeetingProperty().addListener((obs, old, meeting) -> reload());
    }

    /** Reads the copies and attendees of the current meeting, if it is classified. */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        classified.set(meeting != null && meeting.confidentiality() == Confidentiality.CLASSIFIED);
        if (!classified.get()) {
            copies.clear();
            attendees.clear();
            summary.set("");
            return;
        }
        UUID meetingId = meeting.id();
        runner.run(() -> new Loaded(recovery.copies(meetingId), roster.list(meetingId),
                recovery.closing(meetingId).isPresent()), loaded -> {
                    names = loaded.attendees().stream().collect(Collectors.toMap(Attendee::id, Attendee::name,
                            (a, b) -> a));
                    attendees.setAll(loaded.attendees());
                    copies.setAll(loaded.copies());
                    closed.set(loaded.closed());
                    long out = loaded.copies().stream().filter(DocumentCopy::outstanding).count();
                    summary.set(texts.i18n().format("incident.documents.summary", loaded.copies().size(), out));
                }, this::fail);
    }

    /** Issues one numbered copy of the title in the form to each of {@code recipients}. */
    public void issue(List<Attendee> recipients) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        String name = title.get();
        List<UUID> ids = recipients.stream().map(Attendee::id).toList();
        runner.run(() -> recovery.issue(meeting.id(), name, ids), issued -> {
            title.set("");
            reload();
        }, this::fail);
    }

    /** Records that {@code copy} came back now. */
    /** Records that the holder signed for the copy (签收). */
    public void markSigned(DocumentCopy copy) {
        runner.run(() -> recovery.markSigned(copy.id()), signed -> reload(), this::fail);
    }

    public void markRecovered(DocumentCopy copy) {
        runner.run(() -> recovery.markRecovered(copy.id(), attendant.name()), back -> reload(), this::fail);
    }

    /** Closes the recovery; copies still out raise a lost-document incident, which the attendant is shown. */
    public void closeRecovery() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        runner.run(() -> recovery.closeRecovery(meeting.id(), attendant.name()), (RecoveryClosing closing) -> {
            reload();
            String heading = texts.i18n().get("incident.documents.title");
            if (closing.complete()) {
                dialogs.showInformation(heading, texts.i18n().get("incident.documents.allBack"));
            } else {
                dialogs.showError(heading, texts.i18n().format("incident.documents.lost", closing.missing().size()));
                closing.lostDocuments().ifPresent(onLostRaised);
            }
        }, this::fail);
    }

    /** One copy line: title and number, holder, whether signed, and whether it came back. */
    public String describe(DocumentCopy copy) {
        String holder = names.getOrDefault(copy.issuedTo(), "");
        return copy.outstanding()
                ? texts.i18n().format("incident.documents.out", copy.title(), copy.copyNumber(), holder)
                : texts.i18n().format("incident.documents.back", copy.title(), copy.copyNumber(), holder,
                        texts.time(copy.recoveredAt()));
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("incident.documents.title"), texts.describe(failure));
    }

    public BooleanProperty classifiedProperty() {
        return classified;
    }

    public BooleanProperty closedProperty() {
        return closed;
    }

    public ObservableList<DocumentCopy> copies() {
        return copies;
    }

    public ObservableList<Attendee> attendees() {
        return attendees;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
