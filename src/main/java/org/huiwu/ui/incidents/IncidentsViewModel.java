package org.huiwu.ui.incidents;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.incidents.Checklist;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The incidents tab of the current meeting: the timeline ({@link IncidentTimelineViewModel}, with its
 * filters and counts), and the selected incident with its procedure checklist, contacts and
 * notifications, attachments, version history and correction form ({@link IncidentFormViewModel}).
 * Every change (correction, status, void, tick, skip, notify, attach) is written through the logic
 * and the incident is read back. FX thread only; storage work goes through the {@link TaskRunner}.
 */
public final class IncidentsViewModel {

    /** Opens a checked file with the system viewer; false when the desktop cannot. Called off the FX thread. */
    @FunctionalInterface
    public interface FileOpener {
        boolean open(Path file) throws Exception;
    }

    private record Detail(Checklist checklist, List<VenueContact> contacts, List<Attachment> attachments,
            List<IncidentVersion> history, String guideId) {
    }

    private final IncidentDesk desk;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;
    private final FileOpener opener;
    private final Consumer<String> guideOpener;

    private final IncidentTimelineViewModel list;
    private final IncidentFormViewModel correction = new IncidentFormViewModel();
    private UUID toSelect;
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty changeable = new SimpleBooleanProperty(this, "changeable");
    private final ObservableList<Checklist.Line> steps = FXCollections.observableArrayList();
    private final ObservableList<VenueContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Notification> notifications = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<IncidentVersion> history = FXCollections.observableArrayList();
    private final StringProperty guideId = new SimpleStringProperty(this, "guideId", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    public IncidentsViewModel(IncidentDesk desk, AppState state, Attendant attendant, TaskRunner runner,
            DialogService dialogs, IncidentTexts texts, FileOpener opener, Consumer<String> guideOpener) {
        this.desk = desk;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.opener = opener;
        this.guideOpener = guideOpener;
        this.list = new IncidentTimelineViewModel(desk, state, runner, texts, this::selectedId, this::select,
                this::fail);
        state.openMeeting().incidentRevisionProperty().addListener((obs, old, now) -> {
            UUID wanted = toSelect != null ? toSelect : selectedId();
            toSelect = null;
            reload(wanted);
        });
    }

    /**
     * Publishes that an incident record of the meeting was stored; this timeline and every screen that
     * shows incident counts observe it and show the stored state, selecting {@code incidentId} here when
     * it is not null (decision 0018).
     */
    public void stored(UUID meetingId, UUID incidentId) {
        toSelect = incidentId;
        state.openMeeting().incidentsStored(meetingId);
    }

    /** Reloads the timeline and counts of the current meeting, then selects {@code incidentId} if listed. */
    public void reload(UUID incidentId) {
        list.reload(incidentId);
    }

    /** Shows {@code incident} (or nothing) with its checklist, contacts, attachments and history. */
    public void select(Incident incident) {
        selected.set(incident);
        changeable.set(incident != null && !incident.voided() && incident.status() != IncidentStatus.CLOSED);
        if (incident == null) {
            steps.clear();
            contacts.clear();
            notifications.clear();
            attachments.clear();
            history.clear();
            guideId.set("");
            return;
        }
        correction.show(incident);
        UUID id = incident.id();
        runner.run(() -> {
            Checklist checklist = desk.checklists().of(id);
            return new Detail(checklist, desk.contacts().list(), desk.attachments().of(id), desk.log().history(id),
                    checklist.procedure().relatedGuideId());
        }, detail -> {
            if (selectedId() != null && selectedId().equals(id)) {
                steps.setAll(detail.checklist().lines());
                notifications.setAll(detail.checklist().notifications());
                contacts.setAll(detail.contacts());
                attachments.setAll(detail.attachments());
                history.setAll(detail.history());
                guideId.set(detail.guideId());
            }
        }, this::fail);
    }

    /** Writes the corrected place, severity and text as a new version. */
    public void saveCorrection() {
        Incident current = selected.get();
        if (current == null) {
            return;
        }
        var details = current.details().withLocation(correction.location(), current.seatKey())
                .withSeverity(correction.severity()).withDescription(correction.description());
        change(() -> desk.log().correct(current.id(), details, attendant.name()));
    }

    /** Moves the selected incident to {@code status} (forward only). */
    public void setStatus(IncidentStatus status) {
        Incident current = selected.get();
        if (current != null) {
            change(() -> desk.log().setStatus(current.id(), status, attendant.name()));
        }
    }

    /** Voids the selected incident with the reason in {@link #reasonProperty()}; it stays listed as voided. */
    public void voidSelected() {
        Incident current = selected.get();
        if (current != null) {
            String why = reason.get();
            change(() -> desk.log().voidEntry(current.id(), why, attendant.name()));
        }
    }

    /** Ticks a procedure step now. */
    public void tick(int stepNumber) {
        Incident current = selected.get();
        if (current != null) {
            change(() -> desk.checklists().tick(current.id(), stepNumber, attendant.name()));
        }
    }

    /** Skips a procedure step now with the reason in {@link #reasonProperty()}. */
    public void skip(int stepNumber) {
        Incident current = selected.get();
        if (current != null) {
            String why = reason.get();
            change(() -> desk.checklists().skip(current.id(), stepNumber, why, attendant.name()));
        }
    }

    /** Logs that {@code contact} was notified now (the call itself is made by the attendant). */
    public void notifyContact(VenueContact contact) {
        Incident current = selected.get();
        if (current != null) {
            change(() -> desk.checklists().notifyContact(current.id(), contact, attendant.name()));
        }
    }

    /**
     * The state beside a contact's 通知 button: "已通知 09:12" with the time of the latest notification of
     * that contact about the selected incident, empty when not yet notified.
     */
    public String notifiedState(VenueContact contact) {
        return notifications.stream()
                .filter(n -> n.role() == contact.role() && n.contactName().equals(contact.name()))
                .map(Notification::notifiedAt).max(java.util.Comparator.naturalOrder())
                .map(at -> texts.i18n().format("incident.contact.notifiedAt", texts.time(at))).orElse("");
    }

    /** Attaches a photo or PDF to the selected incident. */
    public void addAttachment(Path file) {
        Incident current = selected.get();
        if (current != null && file != null) {
            change(() -> desk.attachments().attach(current.id(), file, attendant.name()));
        }
    }

    /** Lets the attendant pick a photo or PDF to attach. */
    public void chooseAttachment() {
        dialogs.chooseFileToOpen(texts.i18n().get("incident.ui.addFile"),
                texts.i18n().get("incident.attachment.filter"), AttachmentFiles.EXTENSIONS)
                .ifPresent(this::addAttachment);
    }

    /** Checks the stored copy, then opens it with the system viewer, or names its path when that cannot. */
    public void openAttachment(Attachment attachment) {
        runner.run(() -> {
            Path file = desk.attachments().open(attachment);
            return opener.open(file) ? "" : file.toString();
        }, path -> {
            if (!path.isEmpty()) {
                dialogs.showInformation(attachment.originalName(), texts.i18n().format("incident.ui.filePath", path));
            }
        }, this::fail);
    }

    /** Opens the illustrated guide linked to the selected incident's procedure. */
    public void openGuide() {
        if (!guideId.get().isEmpty()) {
            guideOpener.accept(guideId.get());
        }
    }

    private void change(Callable<?> write) {
        UUID id = selectedId();
        UUID meetingId = state.currentMeeting() == null ? null : state.currentMeeting().id();
        runner.run(() -> {
            write.call();
            return id;
        }, done -> stored(meetingId, done), this::fail);
    }

    private UUID selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("incident.ui.title"), texts.describe(failure));
    }

    /** The timeline with its filters and counts. */
    public IncidentTimelineViewModel list() {
        return list;
    }

    /** The correction form of the selected incident (the same form quick capture fills in). */
    public IncidentFormViewModel correction() {
        return correction;
    }

    public ObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    public BooleanProperty changeableProperty() {
        return changeable;
    }

    public ObservableList<Checklist.Line> steps() {
        return steps;
    }

    public ObservableList<VenueContact> contacts() {
        return contacts;
    }

    public ObservableList<Notification> notifications() {
        return notifications;
    }

    public ObservableList<Attachment> attachments() {
        return attachments;
    }

    public ObservableList<IncidentVersion> history() {
        return history;
    }

    public StringProperty guideIdProperty() {
        return guideId;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public Attendant attendant() {
        return attendant;
    }

    public IncidentTexts texts() {
        return texts;
    }
}
