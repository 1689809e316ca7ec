package org.huiwu.ui.checklists;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MeetingChecklist;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.Attendant;

/**
 * The service checklist of the current meeting (服务检查): progress of every phase and the lines of the
 * phase shown, read again when a mark is stored here or elsewhere; ticking, marking not applicable, unticking and
 * items added to this meeting are {@link ChecklistMarking}', an item's text edited in place
 * {@link ChecklistItemEdits}'. The list is copied from the template only once the tab is shown
 * ({@link #activeProperty()}). FX thread only; storage work goes through the {@link TaskRunner}.
 */
public final class ChecklistsViewModel {

    private final ServiceChecklists checklists;
    private final AppState state;
    private final Attendant attendant;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ChecklistTexts texts;

    private final ObservableList<ChecklistLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistPhase> phase = new SimpleObjectProperty<>(this, "phase",
            ChecklistPhase.BEFORE);
    private final Map<ChecklistPhase, StringProperty> progress = new EnumMap<>(ChecklistPhase.class);
    private final StringProperty remaining = new SimpleStringProperty(this, "remaining", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private MeetingChecklist shown;
    private final ChecklistItemEdits edits;
    private final ChecklistMarking marking;

    public ChecklistsViewModel(ServiceChecklists checklists, AppState state, Attendant attendant, TaskRunner runner,
            DialogService dialogs, ChecklistTexts texts) {
        this.checklists = checklists;
        this.state = state;
        this.attendant = attendant;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.edits = new ChecklistItemEdits(checklists, runner, dialogs, texts, message, meetingId -> reload(),
                this::fail);
        this.marking = new ChecklistMarking(checklists, state, attendant, runner, texts, message, phase::get,
                this::show, this::fail);
        for (ChecklistPhase p : ChecklistPhase.values()) {
            progress.put(p, new SimpleStringProperty(this, "progress" + p, texts.progress(null, p)));
        }
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (old == null || meeting == null || !old.id().equals(meeting.id())) {
                show(null);
                reload();
            }
        });
        active.addListener((obs, was, now) -> reload());
        state.openMeeting().checklistRevisionProperty().addListener((obs, old, now) -> reload());
        phase.addListener((obs, old, now) -> show(shown));
    }

    /** Reads the current meeting's checklist, copying it from the template first if this is its first opening. */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null || !active.get()) {
            return;
        }
        UUID meetingId = meeting.id();
        String by = attendant.name();
        runner.run(() -> checklists.open(meetingId, by), opened -> {
            show(opened);
            if (checklists.fromShippedTemplate(meetingId)) {
                message.set(texts.i18n().get("checklist.ui.shippedTemplate"));
            }
        }, this::fail);
    }

    private void show(MeetingChecklist checklist) {
        if (checklist != null && (state.currentMeeting() == null
                || !state.currentMeeting().id().equals(checklist.meetingId()))) {
            return;
        }
        shown = checklist;
        progress.forEach((p, text) -> text.set(texts.progress(checklist, p)));
        lines.setAll(checklist == null ? List.of() : checklist.of(phase.get()));
        remaining.set(texts.remaining(checklist, phase.get()));
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("checklist.tab"), texts.describe(failure));
    }

    /** Ticks, not-applicable marks and items added to this meeting. */
    public ChecklistMarking marking() {
        return marking;
    }

    /** Edits of the items' texts in place. */
    public ChecklistItemEdits edits() {
        return edits;
    }

    public ChecklistTexts texts() {
        return texts;
    }

    public Attendant attendant() {
        return attendant;
    }

    public ObservableList<ChecklistLine> lines() {
        return lines;
    }

    public ObjectProperty<ChecklistPhase> phaseProperty() {
        return phase;
    }

    /** "会前 8/12": settled items out of all items of the phase. */
    public StringProperty progressProperty(ChecklistPhase of) {
        return progress.get(of);
    }

    /** How many items of the shown phase are still open. */
    public StringProperty remainingProperty() {
        return remaining;
    }

    /** A hint for the attendant (such as "write your name first"); empty when there is none. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the checklist is on screen; the list is only copied from the template once it is. */
    public BooleanProperty activeProperty() {
        return active;
    }
}
