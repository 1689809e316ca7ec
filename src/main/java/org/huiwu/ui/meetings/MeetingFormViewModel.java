package org.huiwu.ui.meetings;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The editable details of the current meeting, agenda included: when the form is saved (a field or the tab
 * left, the window closing, a meeting change) and which meeting it shows. Whether the form differs from the
 * stored meeting (dirty) and the problem shown under it live in {@link FormChanges}; the fields, their checks and
 * the attendee count beside the expected count in {@link MeetingFields}, the background reads and saves in
 * {@link MeetingSaves}. Fields are loaded when the current meeting changes. FX thread only.
 */
public final class MeetingFormViewModel {

    private final MeetingFields fields;
    private final FormChanges changes;
    private final MeetingSaves saves;

    public MeetingFormViewModel(MeetingCatalog catalog, AppState state, TaskRunner runner, FailureMessages failures,
            I18n i18n, Consumer<UUID> afterSave) {
        this.fields = new MeetingFields(i18n);
        this.changes = new FormChanges(fields);
        this.saves = new MeetingSaves(catalog, state, runner, failures, i18n, afterSave, changes);
        fields.confidentiality.addListener((obs, was, now) -> checkAtOnce());
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            Meeting loaded = saves.loaded();
            boolean same = meeting != null && loaded != null && meeting.id().equals(loaded.id());
            if (same && (meeting.equals(loaded) || changes.dirty())) {
                return; // our own save coming back, or typing that a later save stores over the version it read
            }
            if (changes.dirty() && loaded != null) {
                saves.saveLeftBehind(edited());
            }
            saves.load(meeting);
        });
        state.shownScreenProperty().addListener((obs, old, shown) -> commit());
        saves.load(state.currentMeeting());
    }

    /**
     * Saves the form when it was changed and every field can be read (a field or the tab was left); a field
     * that cannot be read is marked and nothing is saved, the typing stays on screen.
     */
    public void commit() {
        if (changes.dirty()) {
            save();
        }
    }

    /**
     * The window closes: stores what can be read at once, on the database thread before it closes. A time that
     * cannot be read keeps the stored time (it was marked beside the field); everything else typed is kept.
     */
    public void closing() {
        Meeting loaded = saves.loaded();
        if (changes.dirty() && loaded != null) {
            saves.saveLeftBehind(fields.readable(loaded));
        }
    }

    /**
     * Saves from now on only over the version the form was read at, and asks through {@code dialogs} what to keep
     * when another laptop stored the meeting meanwhile (decision 0031).
     */
    public void resolveConflictsWith(DialogService dialogs) {
        saves.resolveConflictsWith(dialogs);
    }

    /** Checks the fields and saves the meeting in the background; problems show in {@link #problemProperty()}. */
    public void save() {
        Meeting edited = edited();
        if (edited != null) {
            saves.save(edited);
        }
    }

    /** Checks the typed start time (the field was left); a text that is not a time is marked beside the field. */
    public void commitStartTime() {
        fields.start.commit();
    }

    /** Checks the typed end time, as {@link #commitStartTime()}. */
    public void commitEndTime() {
        fields.end.commit();
    }

    /**
     * Runs the other features' rules on the change just made (a meeting made 涉密 with staff lacking a
     * pledge) so the refusal shows at once, before the form is saved.
     */
    private void checkAtOnce() {
        Meeting edited = changes.loading() || fields.confidentiality.get() != Confidentiality.CLASSIFIED ? null : edited();
        if (edited != null) {
            saves.check(edited);
        }
    }

    /** The meeting as the fields describe it, or null (with the problem set) when a field cannot be read. */
    private Meeting edited() {
        Meeting loaded = saves.loaded();
        return loaded == null ? null : fields.edited(loaded, changes::problem);
    }

    /**
     * Follows the number of people on the meeting's attendee list: it is shown beside the expected count,
     * and an expected count left at 0 is saved as that number.
     */
    public void followListed(ObservableIntegerValue count) {
        fields.listed.bind(count);
    }

    /** Puts the fields back to the meeting as last saved. */
    public void revert() {
        changes.show(saves.loaded());
    }

    public void addAgendaRow() { fields.agenda.add(); }
    public void removeAgendaRow(AgendaRow row) { fields.agenda.remove(row); }
    public void moveAgendaRow(AgendaRow row, int offset) { fields.agenda.move(row, offset); }

    public StringProperty titleProperty() { return fields.title; }
    public ObjectProperty<MeetingCategory> categoryProperty() { return fields.category; }
    public ObjectProperty<LocalDate> dateProperty() { return fields.date; }
    public StringProperty startTimeProperty() { return fields.start.textProperty(); }
    public ReadOnlyStringProperty startTimeProblemProperty() { return fields.start.problemProperty(); }
    public StringProperty endTimeProperty() { return fields.end.textProperty(); }
    public ReadOnlyStringProperty endTimeProblemProperty() { return fields.end.problemProperty(); }
    public StringProperty venueProperty() { return fields.venue; }
    public StringProperty hostProperty() { return fields.host; }
    public StringProperty organiserProperty() { return fields.organiser; }
    public ObjectProperty<Confidentiality> confidentialityProperty() { return fields.confidentiality; }
    public BooleanProperty foreignAffairsProperty() { return fields.foreignAffairs; }
    public IntegerProperty expectedProperty() { return fields.expected; }
    public StringProperty contactPersonProperty() { return fields.contactPerson; }
    public StringProperty contactPhoneProperty() { return fields.contactPhone; }
    public StringProperty notesProperty() { return fields.notes; }
    public ObservableList<AgendaRow> agenda() { return fields.agenda.rows(); }
    public ReadOnlyStringProperty agendaProblemProperty() { return fields.agenda.problem(); }
    public StringProperty problemProperty() { return changes.problemProperty(); }
    public ReadOnlyStringProperty listedTextProperty() { return fields.listedText(); }
    public BooleanProperty dirtyProperty() { return changes.dirtyProperty(); }
}
