package org.huiwu.ui.checklists;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TaskRunner;

/**
 * The attendant's marks on the current meeting's checklist: ticking, marking not applicable and unticking with
 * who (the attendant, who must be named first) and an optional note, and items added to the shown phase of this
 * meeting only. The stored checklist is handed back to be shown if its meeting is still open. Owned by
 * {@link ChecklistsViewModel}. FX thread only; storage work goes through the {@link TaskRunner}.
 */
public final class ChecklistMarking {

    private final ServiceChecklists checklists;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final ChecklistTexts texts;
    private final StringProperty message;
    private final Supplier<ChecklistPhase> phase;
    private final Consumer<MeetingChecklist> stored;
    private final Consumer<Throwable> fail;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty newItem = new SimpleStringProperty(this, "newItem", "");

    ChecklistMarking(ServiceChecklists checklists, AppState state, Attendant attendant, TaskRunner runner,
            ChecklistTexts texts, StringProperty message, Supplier<ChecklistPhase> phase,
            Consumer<MeetingChecklist> stored, Consumer<Throwable> fail) {
        this.checklists = checklists;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.texts = texts;
        this.message = message;
        this.phase = phase;
        this.stored = stored;
        this.fail = fail;
    }

    /** Ticks an open line, or unticks a settled one (done or not applicable), with the note if any. */
    public void toggleDone(ChecklistLine line) {
        mark(line, line.settled() ? MarkState.OPEN : MarkState.DONE);
    }

    /** Marks the line not applicable at this meeting, or opens it again if it already is. */
    public void toggleNotApplicable(ChecklistLine line) {
        mark(line, line.state() == MarkState.NOT_APPLICABLE ? MarkState.OPEN : MarkState.NOT_APPLICABLE);
    }

    /** Adds the typed item to the shown phase of this meeting only (the template is not changed). */
    public void addItem() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null || !named()) {
            return;
        }
        UUID meetingId = meeting.id();
        ChecklistPhase to = phase.get();
        String text = newItem.get();
        String by = attendant.name();
        write(meetingId, () -> {
            checklists.addItem(meetingId, to, text, "", by);
            return checklists.current(meetingId);
        }, () -> newItem.set(""));
    }

    /** The note saved with the next mark. */
    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty newItemProperty() {
        return newItem;
    }

    private void mark(ChecklistLine line, MarkState to) {
        if (!named()) {
            return;
        }
        UUID meetingId = line.item().meetingId();
        String why = note.get();
        String by = attendant.name();
        write(meetingId, () -> {
            checklists.mark(meetingId, line.item().id(), to, why, by);
            return checklists.current(meetingId);
        }, () -> note.set(""));
    }

    private boolean named() {
        if (attendant.name().isEmpty()) {
            message.set(texts.i18n().get("checklist.ui.nameFirst"));
            return false;
        }
        message.set("");
        return true;
    }

    private void write(UUID meetingId, Callable<MeetingChecklist> work, Runnable afterSave) {
        runner.run(work, saved -> {
            afterSave.run();
            if (state.currentMeeting() != null && state.currentMeeting().id().equals(meetingId)) {
                stored.accept(saved);
            }
        }, fail);
    }
}
