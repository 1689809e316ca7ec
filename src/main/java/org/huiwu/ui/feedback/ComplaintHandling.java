package org.huiwu.ui.feedback;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.logic.feedback.ComplaintLog;
import org.huiwu.model.Meeting;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * What the attendant does with the complaint in the form: records it as a new complaint or saves the selected
 * one's edits as its next version, starts handling it and closes it (each with the form's edits and who
 * recorded it), and which of these apply to the selected complaint. A received time that cannot be read is
 * refused with a message and nothing is written. Owned by {@link ComplaintsViewModel}, which reads the list
 * again after each write. FX thread only; storage work goes through the {@link TaskRunner}.
 */
public final class ComplaintHandling {

    private final ComplaintLog log;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FeedbackTexts texts;
    private final ComplaintForm form;
    private final ObjectProperty<Complaint> selected;
    private final StringProperty recordedBy;
    private final Consumer<UUID> written;
    private final Consumer<Throwable> fail;

    ComplaintHandling(ComplaintLog log, AppState state, TaskRunner runner, DialogService dialogs, FeedbackTexts texts,
            ComplaintForm form, ObjectProperty<Complaint> selected, StringProperty recordedBy, Consumer<UUID> written,
            Consumer<Throwable> fail) {
        this.log = log;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.form = form;
        this.selected = selected;
        this.recordedBy = recordedBy;
        this.written = written;
        this.fail = fail;
    }

    /** Records the form as a new complaint, or saves the selected one's edits as its next version. */
    public void save() {
        Meeting meeting = state.currentMeeting();
        Optional<ComplaintDetails> details = details();
        if (meeting == null || details.isEmpty()) {
            return;
        }
        Complaint current = selected.get();
        String by = recordedBy.get();
        write(current == null ? () -> log.record(meeting.id(), details.get(), by)
                : () -> log.correct(current.id(), details.get(), by));
    }

    /** Moves the selected complaint to "being handled", with the form's edits. */
    public void startHandling() {
        moveTo(ComplaintStatus.HANDLING);
    }

    /** Closes the selected complaint with the form's result and response; the closing time is now. */
    public void closeComplaint() {
        moveTo(ComplaintStatus.CLOSED);
    }

    /** True while the form may be saved: a new complaint, or one not yet closed. */
    public BooleanBinding editable() {
        return Bindings.createBooleanBinding(() -> selected.get() == null || selected.get().status().isOpen(), selected);
    }

    /** True when "start handling" applies: an open complaint is selected. */
    public BooleanBinding canStartHandling() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == ComplaintStatus.OPEN, selected);
    }

    /** True when "close" applies: a complaint not yet closed is selected. */
    public BooleanBinding canClose() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().status().isOpen(), selected);
    }

    private void moveTo(ComplaintStatus status) {
        Complaint current = selected.get();
        Optional<ComplaintDetails> details = details();
        if (current == null || details.isEmpty()) {
            return;
        }
        String by = recordedBy.get();
        write(() -> log.setStatus(current.id(), status, details.get(), by));
    }

    private void write(Callable<Complaint> work) {
        runner.run(work, saved -> written.accept(saved.id()), fail);
    }

    private Optional<ComplaintDetails> details() {
        Optional<ComplaintDetails> details = form.details(texts.parseTime(form.receivedAtProperty().get()));
        if (details.isEmpty()) {
            dialogs.showError(texts.i18n().get("feedback.complaint.title"),
                    texts.i18n().get("feedback.problem.timeFormat"));
        }
        return details;
    }
}
