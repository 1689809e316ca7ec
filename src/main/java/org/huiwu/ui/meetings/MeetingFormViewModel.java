package org.huiwu.ui.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.meetings.MeetingChangedElsewhereException;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.logic.meetings.MeetingMerge;
import org.huiwu.ui.common.DialogService;
import org.huiwu.model.AgendaItem;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.ui.common.AppState;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;

/**
 * The editable details of the current meeting, agenda included. Fields are loaded when the current
 * meeting changes; {@link #save()} checks them and writes the meeting in the background. FX thread only.
 */
public final class MeetingFormViewModel {

    private final MeetingCatalog catalog;
    private final AppState state;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Consumer<UUID> afterSave;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<MeetingCategory> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final StringProperty endTime = new SimpleStringProperty(this, "endTime", "");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty organiser = new SimpleStringProperty(this, "organiser", "");
    private final ObjectProperty<Confidentiality> confidentiality = new SimpleObjectProperty<>(this, "confidentiality");
    private final BooleanProperty foreignAffairs = new SimpleBooleanProperty(this, "foreignAffairs");
    private final IntegerProperty expected = new SimpleIntegerProperty(this, "expected");
    private final StringProperty contactPerson = new SimpleStringProperty(this, "contactPerson", "");
    private final StringProperty contactPhone = new SimpleStringProperty(this, "contactPhone", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<AgendaRow> agenda =
            FXCollections.observableArrayList(row -> new Observable[] {row.timeProperty(), row.titleProperty(),
                row.speakerProperty()});
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final IntegerProperty listed = new SimpleIntegerProperty(this, "listed");
    private final StringProperty listedText = new SimpleStringProperty(this, "listedText", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");

    private Meeting loaded;
    private boolean loading;
    /** The stored version {@link #loaded} was read at (decision 0031); -1 until read, or for a new meeting. */
    private int loadedVersion = -1;
    private MeetingConflicts conflicts;

    public MeetingFormViewModel(MeetingCatalog catalog, AppState state, TaskRunner runner, FailureMessages failures,
            I18n i18n, Consumer<UUID> afterSave) {
        this.catalog = catalog;
        this.state = state;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.afterSave = afterSave;
        for (Observable field : List.of(title, category, date, startTime, endTime, venue, host, organiser,
                confidentiality, foreignAffairs, expected, contactPerson, contactPhone, notes, agenda)) {
            field.addListener(changed -> {
                revalidate(changed);
                dirty.set(!loading);
            });
        }
        confidentiality.addListener((obs, was, now) -> checkAtOnce());
        listed.addListener(changed -> showListed());
        expected.addListener(changed -> showListed());
        state.currentMeetingProperty().addListener((obs, old, meeting) -> {
            if (dirty.get() && loaded != null && (meeting == null || !meeting.id().equals(loaded.id()))) {
                saveLeftBehind();
            }
            load(meeting);
        });
        load(state.currentMeeting());
    }

    /**
     * Saves from now on only over the version the form was read at, and asks through {@code dialogs} what to keep
     * when another laptop stored the meeting meanwhile (decision 0031).
     */
    public void resolveConflictsWith(DialogService dialogs) {
        conflicts = new MeetingConflicts(dialogs, i18n);
    }

    private void load(Meeting meeting) {
        loaded = meeting;
        show(meeting);
        loadedVersion = -1;
        if (meeting == null) {
            return;
        }
        UUID id = meeting.id();
        runner.run(() -> catalog.edit(id), stored -> stored.ifPresent(edit -> {
            if (loaded != null && loaded.id().equals(id) && loadedVersion < 0) {
                loadedVersion = edit.version();
                if (!dirty.get() && !edit.meeting().equals(loaded)) {
                    show(edit.meeting());
                }
            }
        }), failure -> { });
    }

    private void show(Meeting meeting) {
        loading = true;
        boolean present = meeting != null;
        title.set(present ? meeting.title() : "");
        category.set(present ? meeting.category() : null);
        date.set(present ? meeting.date() : null);
        startTime.set(present ? TimeText.format(meeting.startTime()) : "");
        endTime.set(present ? TimeText.format(meeting.plannedEndTime()) : "");
        venue.set(present ? meeting.venue() : "");
        host.set(present ? meeting.hostOrganisation() : "");
        organiser.set(present ? meeting.organisingOrganisation() : "");
        confidentiality.set(present ? meeting.confidentiality() : null);
        foreignAffairs.set(present && meeting.foreignAffairs());
        expected.set(present ? meeting.expectedAttendees() : 0);
        contactPerson.set(present ? meeting.contactPerson() : "");
        contactPhone.set(present ? meeting.contactPhone() : "");
        notes.set(present ? meeting.notes() : "");
        agenda.setAll(present ? meeting.agenda().stream().map(AgendaRow::of).toList() : List.of());
        problem.set("");
        dirty.set(false);
        loading = false;
    }

    /**
     * Reads the changed value again. An invalidation listener hears only the first change after a read,
     * so without this a second edit that nothing has read in between (no view bound, as in tests or a
     * programmatic edit) would not mark the form dirty.
     */
    private void revalidate(Observable changed) {
        if (changed instanceof ObservableValue<?> value) {
            value.getValue();
        } else {
            for (AgendaRow row : agenda) {
                row.timeProperty().get();
                row.titleProperty().get();
                row.speakerProperty().get();
            }
        }
    }

    /** Checks the fields and saves the meeting in the background; problems show in {@link #problemProperty()}. */
    public void save() {
        Meeting edited = edited();
        if (edited == null) {
            return;
        }
        if (conflicts != null && loadedVersion >= 0) {
            store(edited, loadedVersion);
            return;
        }
        runner.run(() -> catalog.save(edited), saved -> {
            dirty.set(false);
            problem.set("");
            state.statusProperty().set(i18n.format("meeting.saved", saved.title()));
            afterSave.accept(saved.id());
        }, failure -> problem.set(failures.describe(failure)));
    }

    /**
     * Runs the other features' rules on the change just made (a meeting made 涉密 with staff lacking a
     * pledge) so the refusal shows at once, before the form is saved.
     */
    private void checkAtOnce() {
        Meeting edited = loading || confidentiality.get() != Confidentiality.CLASSIFIED ? null : edited();
        if (edited != null) {
            runner.run(() -> {
                catalog.check(edited);
                return edited;
            }, passed -> { }, failure -> problem.set(failures.describe(failure)));
        }
    }

    /** Saves over {@code version}; when another laptop stored the meeting since, asks what to keep and saves that. */
    private void store(Meeting edited, int version) {
        runner.run(() -> catalog.saveAtVersion(edited, version), saved -> {
            loaded = saved.meeting();
            loadedVersion = saved.version();
            dirty.set(false);
            problem.set("");
            state.statusProperty().set(i18n.format("meeting.saved", saved.meeting().title()));
            afterSave.accept(saved.meeting().id());
        }, failure -> {
            if (failure instanceof MeetingChangedElsewhereException elsewhere) {
                decide(edited, elsewhere.stored());
            } else {
                problem.set(failures.describe(failure));
            }
        });
    }

    private void decide(Meeting edited, MeetingEdit theirs) {
        Meeting decided = conflicts.decide(new MeetingMerge(loaded, edited, theirs.meeting()));
        if (decided == null) {
            problem.set(i18n.get("live.conflict.title"));
            return;
        }
        loaded = theirs.meeting();
        loadedVersion = theirs.version();
        show(decided);
        if (decided.equals(theirs.meeting())) {
            afterSave.accept(decided.id());
        } else {
            dirty.set(true);
            store(decided, theirs.version());
        }
    }

    /** Keeps the edits of a meeting the user switched away from, when they can be saved. */
    private void saveLeftBehind() {
        Meeting edited = edited();
        if (edited == null) {
            state.statusProperty().set(i18n.get("meeting.autosave.failed"));
            return;
        }
        runner.run(() -> catalog.save(edited),
                saved -> state.statusProperty().set(i18n.format("meeting.saved", saved.title())),
                failure -> state.statusProperty().set(failures.describe(failure)));
    }

    /** The meeting as the fields describe it, or null (with the problem set) when a field cannot be read. */
    private Meeting edited() {
        if (loaded == null) {
            return null;
        }
        if (date.get() == null) {
            problem.set(i18n.get("meeting.problem.dateMissing"));
            return null;
        }
        if (!TimeText.isValid(startTime.get()) || !TimeText.isValid(endTime.get())) {
            problem.set(i18n.get("meeting.problem.timeFormat"));
            return null;
        }
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaRow row : agenda) {
            AgendaItem item = row.toItem();
            if (item == null) {
                problem.set(i18n.get("meeting.problem.timeFormat"));
                return null;
            }
            if (!item.title().isEmpty()) {
                items.add(item);
            }
        }
        return new Meeting(loaded.id(), title.get().strip(), category.get(), date.get(),
                TimeText.parse(startTime.get()), TimeText.parse(endTime.get()), venue.get().strip(), host.get().strip(),
                organiser.get().strip(), confidentiality.get(), foreignAffairs.get(),
                expected.get() == 0 ? listed.get() : expected.get(),
                contactPerson.get().strip(), contactPhone.get().strip(), notes.get(), items);
    }

    /**
     * Follows the number of people on the meeting's attendee list: it is shown beside the expected count,
     * and an expected count left at 0 is saved as that number.
     */
    public void followListed(javafx.beans.value.ObservableIntegerValue count) {
        listed.bind(count);
    }

    private void showListed() {
        listedText.set(i18n.format(expected.get() == 0 ? "meeting.field.listedDefault" : "meeting.field.listed",
                listed.get()));
    }

    /** Puts the fields back to the meeting as last saved. */
    public void revert() {
        show(loaded);
    }

    public void addAgendaRow() {
        agenda.add(new AgendaRow("", "", ""));
    }

    public void removeAgendaRow(AgendaRow row) {
        agenda.remove(row);
    }

    public void moveAgendaRow(AgendaRow row, int offset) {
        int from = agenda.indexOf(row);
        int to = from + offset;
        if (from >= 0 && to >= 0 && to < agenda.size()) {
            agenda.remove(from);
            agenda.add(to, row);
        }
    }

    public StringProperty titleProperty() { return title; }
    public ObjectProperty<MeetingCategory> categoryProperty() { return category; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty startTimeProperty() { return startTime; }
    public StringProperty endTimeProperty() { return endTime; }
    public StringProperty venueProperty() { return venue; }
    public StringProperty hostProperty() { return host; }
    public StringProperty organiserProperty() { return organiser; }
    public ObjectProperty<Confidentiality> confidentialityProperty() { return confidentiality; }
    public BooleanProperty foreignAffairsProperty() { return foreignAffairs; }
    public IntegerProperty expectedProperty() { return expected; }
    public StringProperty contactPersonProperty() { return contactPerson; }
    public StringProperty contactPhoneProperty() { return contactPhone; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<AgendaRow> agenda() { return agenda; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty listedTextProperty() { return listedText; }
    public BooleanProperty dirtyProperty() { return dirty; }
}
