package org.huiwu.ui.feedback;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.feedback.ComplaintLog;
import org.huiwu.model.Meeting;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The complaints of the current meeting: the list (open ones counted and marked), the selected complaint's
 * details and handling in an editable form, and its version history. A new complaint's received time defaults to
 * now. Saving, start handling and close are {@link ComplaintHandling}'s; how they read in the lists is
 * {@link ComplaintLines}'s. FX thread
 * only; storage work goes through the {@link TaskRunner}.
 */
public final class ComplaintsViewModel {

    private final ComplaintLog log;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FeedbackTexts texts;

    private final ObservableList<Complaint> complaints = FXCollections.observableArrayList();
    private final ObservableList<ComplaintVersion> history = FXCollections.observableArrayList();
    private final ObjectProperty<Complaint> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty openCount = new SimpleIntegerProperty(this, "openCount", 0);
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ComplaintForm form = new ComplaintForm();
    private final StringProperty recordedBy;
    private final ComplaintLines lines;
    private final ComplaintHandling handling;

    public ComplaintsViewModel(ComplaintLog log, AppState state, TaskRunner runner, DialogService dialogs,
            FeedbackTexts texts, StringProperty recordedBy) {
        this.log = log;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.recordedBy = recordedBy;
        this.lines = new ComplaintLines(texts);
        this.handling = new ComplaintHandling(log, state, runner, dialogs, texts, form, selected, recordedBy,
                this::reload, this::fail);
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            startNew();
            reload(null);
        });
        startNew();
    }

    /** Reads the meeting's complaints and selects {@code select} (or keeps the selection). */
    public void reload(UUID select) {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            complaints.clear();
            return;
        }
        UUID meetingId = meeting.id();
        UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
        runner.run(() -> log.ofMeeting(meetingId), all -> {
            complaints.setAll(all);
            int open = (int) all.stream().filter(c -> c.status().isOpen()).count();
            openCount.set(open);
            counts.set(texts.i18n().format("feedback.complaint.counts", all.size(), open));
            all.stream().filter(c -> c.id().equals(keep)).findFirst().ifPresent(this::select);
        }, this::fail);
    }

    /** Empties the form for a new complaint received now. */
    public void startNew() {
        selected.set(null);
        history.clear();
        form.clear(texts.time(log.now()));
        heading.set(texts.i18n().get("feedback.complaint.new"));
    }

    /**
     * The form is shown again (its tab chosen, or the attendant comes back into it): a new complaint
     * nobody has started typing is received now, not when the form was first laid out. A typed time, a
     * complaint being typed and a stored complaint keep theirs.
     */
    public void formShown() {
        if (selected.get() == null) {
            form.restamp(texts.time(log.now()));
        }
    }

    /** Shows a complaint in the form and reads its history. */
    public void select(Complaint complaint) {
        if (complaint == null) {
            return;
        }
        selected.set(complaint);
        form.fill(complaint, texts.time(complaint.receivedAt()));
        heading.set(texts.i18n().format("feedback.complaint.heading", texts.i18n().get(complaint.status().labelKey()),
                complaint.version()));
        UUID id = complaint.id();
        runner.run(() -> log.history(id), history::setAll, this::fail);
    }

    /** Marks the complaints past the venue's handling time (see {@link FeedbackTrendViewModel}); redraws the list. */
    public void markOverdue(Predicate<Complaint> past) {
        lines.markOverdue(past);
        complaints.setAll(List.copyOf(complaints));
    }

    /** Saving, handling and closing the complaint in the form. */
    public ComplaintHandling handling() { return handling; }

    /** How the complaints and their history read in the lists. */
    public ComplaintLines lines() { return lines; }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("feedback.complaint.title"), texts.describe(failure));
    }

    public ObservableList<Complaint> complaints() { return complaints; }
    public ObservableList<ComplaintVersion> history() { return history; }
    public ObjectProperty<Complaint> selectedProperty() { return selected; }
    public IntegerProperty openCountProperty() { return openCount; }
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** The form's fields. */
    public ComplaintForm form() { return form; }
    public StringProperty recordedByProperty() { return recordedBy; }
}
