package org.huiwu.ui.incidents;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.incidents.Checklist;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.Notification;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * What the incidents tab shows of the selected incident besides its form: the procedure checklist with
 * its ticks and skips, the venue contacts and who was notified, the attachments, the version history and
 * the linked guide, and the reason typed for a skip or a void. Each change is written through the
 * owning {@link IncidentsViewModel}, which reads the incident back. FX thread only; reading goes through
 * the {@link TaskRunner}.
 */
public final class IncidentDetailViewModel {

    /** Opens a checked file with the system viewer; false when the desktop cannot. Called off the FX thread. */
    @FunctionalInterface
    public interface FileOpener {
        boolean open(Path file) throws Exception;
    }

    private record Detail(Checklist checklist, List<VenueContact> contacts, List<Attachment> attachments,
            List<IncidentVersion> history, String guideId) {
    }

    private final IncidentDesk desk;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;
    private final Attendant attendant;
    private final FileOpener opener;
    private final Consumer<String> guideOpener;
    private final Supplier<Incident> selected;
    private final Consumer<Callable<?>> change;
    private final Consumer<Throwable> fail;

    private final BooleanProperty changeable = new SimpleBooleanProperty(this, "changeable");
    private final ObservableList<Checklist.Line> steps = FXCollections.observableArrayList();
    private final ObservableList<VenueContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<Notification> notifications = FXCollections.observableArrayList();
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ObservableList<IncidentVersion> history = FXCollections.observableArrayList();
    private final StringProperty guideId = new SimpleStringProperty(this, "guideId", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    IncidentDetailViewModel(IncidentDesk desk, TaskRunner runner, DialogService dialogs, IncidentTexts texts,
            Attendant attendant, FileOpener opener, Consumer<String> guideOpener, Supplier<Incident> selected,
            Consumer<Callable<?>> change, Consumer<Throwable> fail) {
        this.desk = desk;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.attendant = attendant;
        this.opener = opener;
        this.guideOpener = guideOpener;
        this.selected = selected;
        this.change = change;
        this.fail = fail;
    }

    /** Shows {@code incident}'s checklist, contacts, attachments and history (read in the background), or nothing. */
    void show(Incident incident) {
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
        UUID id = incident.id();
        runner.run(() -> {
            Checklist checklist = desk.checklists().of(id);
            return new Detail(checklist, desk.contacts().list(), desk.attachments().of(id), desk.log().history(id),
                    checklist.procedure().relatedGuideId());
        }, detail -> {
            Incident now = selected.get();
            if (now != null && now.id().equals(id)) {
                steps.setAll(detail.checklist().lines());
                notifications.setAll(detail.checklist().notifications());
                contacts.setAll(detail.contacts());
                attachments.setAll(detail.attachments());
                history.setAll(detail.history());
                guideId.set(detail.guideId());
            }
        }, fail);
    }

    /** Ticks a procedure step now. */
    public void tick(int stepNumber) {
        Incident current = selected.get();
        if (current != null) {
            change.accept(() -> desk.checklists().tick(current.id(), stepNumber, attendant.name()));
        }
    }

    /** Skips a procedure step now with the reason in {@link #reasonProperty()}. */
    public void skip(int stepNumber) {
        Incident current = selected.get();
        if (current != null) {
            String why = reason.get();
            change.accept(() -> desk.checklists().skip(current.id(), stepNumber, why, attendant.name()));
        }
    }

    /** Logs that {@code contact} was notified now (the call itself is made by the attendant). */
    public void notifyContact(VenueContact contact) {
        Incident current = selected.get();
        if (current != null) {
            change.accept(() -> desk.checklists().notifyContact(current.id(), contact, attendant.name()));
        }
    }

    /**
     * The state beside a contact's notify button: the bundle's "notified at" with the time of the latest
     * notification of that contact about the selected incident, empty when not yet notified.
     */
    public String notifiedState(VenueContact contact) {
        return notifications.stream()
                .filter(n -> n.role() == contact.role() && n.contactName().equals(contact.name()))
                .map(Notification::notifiedAt).max(Comparator.naturalOrder())
                .map(at -> texts.i18n().format("incident.contact.notifiedAt", texts.time(at))).orElse("");
    }

    /** Attaches a photo or PDF to the selected incident. */
    public void addAttachment(Path file) {
        Incident current = selected.get();
        if (current != null && file != null) {
            change.accept(() -> desk.attachments().attach(current.id(), file, attendant.name()));
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
        }, fail);
    }

    /** Opens the illustrated guide linked to the selected incident's procedure. */
    public void openGuide() {
        if (!guideId.get().isEmpty()) {
            guideOpener.accept(guideId.get());
        }
    }

    /** True when the selected incident may still change: not voided, not closed. */
    public BooleanProperty changeableProperty() { return changeable; }
    public ObservableList<Checklist.Line> steps() { return steps; }
    public ObservableList<VenueContact> contacts() { return contacts; }
    public ObservableList<Notification> notifications() { return notifications; }
    public ObservableList<Attachment> attachments() { return attachments; }
    public ObservableList<IncidentVersion> history() { return history; }
    public StringProperty guideIdProperty() { return guideId; }
    /** The reason typed for skipping a step or voiding the incident. */
    public StringProperty reasonProperty() { return reason; }
    public IncidentTexts texts() { return texts; }
}
