package org.huiwu.ui.incidents;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.ui.common.Attendant;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentDraft;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * Quick capture of an incident (突发事件): {@link #begin()} stamps the time at the first click; the
 * attendant picks a type and may fill in the {@link IncidentFormViewModel} (severity, place, a short
 * text) and add photos or files; {@link #save()}
 * writes it and attaches the files. FX thread only; the save goes through the {@link TaskRunner}.
 */
public final class IncidentCaptureViewModel {

    private final IncidentDesk desk;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final IncidentTexts texts;
    private final Consumer<Incident> onSaved;

    private final ObjectProperty<IncidentType> type = new SimpleObjectProperty<>(this, "type");
    private final IncidentFormViewModel form = new IncidentFormViewModel();
    private final StringProperty stampedAt = new SimpleStringProperty(this, "stampedAt", "");
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private IncidentDraft draft;

    public IncidentCaptureViewModel(IncidentDesk desk, AppState state, Attendant attendant, TaskRunner runner,
            DialogService dialogs, IncidentTexts texts, Consumer<Incident> onSaved) {
        this.desk = desk;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.onSaved = onSaved;
    }

    /**
     * The first click: stamps the time for the current meeting and clears the form. False (and the
     * attendant is told) when no meeting is open.
     */
    public boolean begin() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            dialogs.showInformation(texts.i18n().get("incident.capture.title"),
                    texts.i18n().get("incident.capture.noMeeting"));
            return false;
        }
        draft = desk.log().begin(meeting.id(), attendant.name());
        type.set(null);
        form.clear();
        files.clear();
        stampedAt.set(texts.i18n().format("incident.capture.stamped", texts.time(draft.occurredAt())));
        return true;
    }

    /**
     * The draft as it stands, with the time of the first click and the attendant's name as it is now:
     * a name typed into the form after the first click is the reporter, not the empty name of that click.
     */
    public IncidentDraft draft() {
        return draft.withReportedBy(attendant.name()).withType(type.get()).withSeverity(form.severity())
                .withLocation(form.location(), "").withDescription(form.description());
    }

    /** Adds a photo or PDF to attach on save. */
    public void addFile(Path file) {
        if (file != null && !files.contains(file)) {
            files.add(file);
        }
    }

    /** Lets the attendant pick a photo or PDF to attach on save. */
    public void chooseFile() {
        dialogs.chooseFileToOpen(texts.i18n().get("incident.capture.addFile"),
                texts.i18n().get("incident.attachment.filter"), AttachmentFiles.EXTENSIONS).ifPresent(this::addFile);
    }

    /** Saves the incident with the time of the first click, then attaches the files in order. */
    public void save() {
        IncidentDraft toSave = draft();
        List<Path> toAttach = List.copyOf(files);
        String by = attendant.name();
        runner.run(() -> {
            Incident saved = desk.log().report(toSave);
            for (Path file : toAttach) {
                desk.attachments().attach(saved.id(), file, by);
            }
            return saved;
        }, onSaved, failure -> dialogs.showError(texts.i18n().get("incident.capture.title"), texts.describe(failure)));
    }

    /** True while no type has been picked: saving needs one. */
    public BooleanBinding typeMissing() {
        return Bindings.isNull(type);
    }

    public ObjectProperty<IncidentType> typeProperty() {
        return type;
    }

    /** Severity, place and text: the same form the correction of a listed incident uses. */
    public IncidentFormViewModel form() {
        return form;
    }

    public StringProperty stampedAtProperty() {
        return stampedAt;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public Attendant attendant() {
        return attendant;
    }
}
