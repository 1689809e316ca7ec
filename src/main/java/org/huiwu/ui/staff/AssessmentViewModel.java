package org.huiwu.ui.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.staff.MonthlySummary;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.ui.common.TaskRunner;

/**
 * The daily assessment (annex E) while it is entered: the person, the day, whether it is for the open
 * meeting, one score per item of the current form, kept as each field is left (one assessment per
 * person, day and meeting, corrected in place; Esc puts the stored values back); the month's summary per person and team for the
 * chart; and the form's items while the supervisor edits them (saved as a new version). FX thread only.
 */
public final class AssessmentViewModel {

    /** One item of the form while it is edited. */
    public record ItemDraft(StringProperty labelZh, StringProperty labelEn, IntegerProperty maxScore) {
        static ItemDraft of(AssessmentItem item) {
            return new ItemDraft(new SimpleStringProperty(item.labelZh()), new SimpleStringProperty(item.labelEn()),
                    new SimpleIntegerProperty(item.maxScore()));
        }
    }

    private final StaffDesk desk;
    private final TaskRunner runner;
    private final StaffTexts texts;
    private final ObservableList<StaffMember> people = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final List<IntegerProperty> scores = new ArrayList<>();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final BooleanProperty atMeeting = new SimpleBooleanProperty(this, "atMeeting");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObjectProperty<MonthlySummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObservableList<ItemDraft> drafts = FXCollections.observableArrayList();
    private final Meeting meeting;
    private java.util.UUID entryId = java.util.UUID.randomUUID();
    private org.huiwu.model.staff.Assessment stored;
    private boolean loading;
    /** A lookup of the stored assessment is under way; a commit meanwhile waits for it (then corrects that one). */
    private boolean looking;
    private boolean waiting;
    private boolean waitingForced;

    /** A model for assessments at {@code meeting} (null when no meeting is open). */
    public AssessmentViewModel(StaffDesk desk, TaskRunner runner, StaffTexts texts, Meeting meeting) {
        this.desk = desk;
        this.runner = runner;
        this.texts = texts;
        this.meeting = meeting;
        atMeeting.set(meeting != null);
    }

    /** Reads the people, the form and this month's summary. */
    public void load() {
        runner.run(() -> new Object[] {desk.roster().members(), desk.assessments().template(), desk.roster().today()},
                loaded -> {
                    @SuppressWarnings("unchecked") List<StaffMember> m = (List<StaffMember>) loaded[0];
                    people.setAll(m);
                    showTemplate((AssessmentTemplate) loaded[1]);
                    LocalDate today = (LocalDate) loaded[2];
                    day.set(meeting != null ? meeting.date() : today);
                    showMonth(YearMonth.from(day.get()));
                }, this::fail);
    }

    private void showTemplate(AssessmentTemplate form) {
        scores.clear();
        form.items().forEach(item -> scores.add(new SimpleIntegerProperty(item.maxScore())));
        drafts.setAll(form.items().stream().map(ItemDraft::of).toList());
        template.set(form);
    }

    /** Shows the summary of {@code shown}. */
    public void showMonth(YearMonth shown) {
        month.set(shown);
        runner.run(() -> desk.assessments().summary(shown), summary::set, this::fail);
    }

    /**
     * Shows the stored assessment of the person, day and meeting now chosen (one per key, corrected in
     * place), or keeps the scores typed so far for a new one and stores them if they differ from full marks.
     */
    private void switchEntry(String assessor) {
        StaffMember chosen = person.get();
        LocalDate on = day.get();
        AssessmentTemplate form = template.get();
        if (loading || chosen == null || on == null || form == null) {
            return;
        }
        java.util.UUID at = meetingId();
        stored = null;
        entryId = java.util.UUID.randomUUID();
        looking = true;
        runner.run(() -> desk.assessments().find(chosen.id(), on, at), found -> {
            looking = false;
            boolean kept = waiting;
            waiting = false;
            if (found.isPresent() && found.get().templateVersion() == form.version()) {
                stored = found.get();
                entryId = stored.id();
                if (!kept) {
                    revert();
                    return;
                }
            }
            commit(assessor, kept && waitingForced);
        }, failure -> {
            looking = false;
            fail(failure);
        });
    }

    private java.util.UUID meetingId() {
        return atMeeting.get() && meeting != null ? meeting.id() : null;
    }

    /** Whether the scores or notes differ from the stored assessment (for a new one: from full marks, no notes). */
    public boolean changed() {
        AssessmentTemplate form = template.get();
        if (form == null) {
            return false;
        }
        for (int i = 0; i < scores.size(); i++) {
            int saved = stored == null ? form.items().get(i).maxScore() : stored.scores().get(i).score();
            if (scores.get(i).get() != saved) {
                return true;
            }
        }
        return !notes.get().strip().equals(stored == null ? "" : stored.notes());
    }

    /**
     * Keeps the entry (a field left, or with {@code force} Enter or the Save button): stores the person's
     * assessment of the day, or corrects it when stored; on success the month is re-read.
     */
    public void commit(String assessor, boolean force) {
        AssessmentTemplate form = template.get();
        StaffMember chosen = person.get();
        if (looking) {
            waiting = true;
            waitingForced |= force;
            return;
        }
        if (loading || form == null || (!force && !changed())) {
            return;
        }
        waitingForced = false;
        if (chosen == null || day.get() == null) {
            if (force) {
                problem.set(texts.i18n().get(chosen == null ? "staff.staffing.choosePerson" : "staff.assess.chooseDay"));
            }
            return;
        }
        List<Integer> given = scores.stream().map(IntegerProperty::get).toList();
        LocalDate on = day.get();
        java.util.UUID id = entryId;
        java.util.UUID at = meetingId();
        String typedNotes = notes.get();
        runner.run(() -> desk.assessments().record(id, chosen, on, at, form, given, assessor, typedNotes), saved -> {
            if (saved.id().equals(entryId)) {
                stored = saved;
            }
            problem.set(texts.i18n().format("staff.assess.saved", saved.staffName(), saved.total(), saved.maxTotal()));
            showMonth(YearMonth.from(on));
        }, this::fail);
    }

    /** Saves the assessment typed in (the Save button, Enter). */
    public void save(String assessor) {
        commit(assessor, true);
    }

    /** Esc: puts the scores and notes back to the stored assessment (for a new one: full marks, no notes). */
    public void revert() {
        AssessmentTemplate form = template.get();
        if (form == null) {
            return;
        }
        loading = true;
        for (int i = 0; i < scores.size(); i++) {
            scores.get(i).set(stored == null ? form.items().get(i).maxScore() : stored.scores().get(i).score());
        }
        notes.set(stored == null ? "" : stored.notes());
        loading = false;
    }

    /** Follows the chosen person, day and place; {@code assessor} is who enters the assessments. */
    public void followEntry(java.util.function.Supplier<String> assessor) {
        for (javafx.beans.value.ObservableValue<?> key : List.of(person, day, atMeeting)) {
            key.addListener((o, was, now) -> switchEntry(assessor.get()));
        }
    }

    /** Adds an empty item to the form being edited. */
    public void addItem() {
        drafts.add(new ItemDraft(new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleIntegerProperty(10)));
    }

    /** Saves the edited items as the form's next version. */
    public void saveTemplate(String by) {
        List<AssessmentItem> items = drafts.stream().map(d -> new AssessmentItem(d.labelZh().get(), d.labelEn().get(),
                d.maxScore().get())).toList();
        runner.run(() -> desk.assessments().saveTemplate(items, by), saved -> {
            showTemplate(saved);
            problem.set(texts.i18n().format("staff.assess.templateSaved", saved.version()));
        }, this::fail);
    }

    private void fail(Throwable failure) {
        problem.set(texts.describe(failure));
    }

    public ObservableList<StaffMember> people() { return people; }
    public ObjectProperty<AssessmentTemplate> templateProperty() { return template; }
    public List<IntegerProperty> scores() { return scores; }
    public ObjectProperty<StaffMember> personProperty() { return person; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public BooleanProperty atMeetingProperty() { return atMeeting; }
    public boolean meetingOpen() { return meeting != null; }
    public StringProperty notesProperty() { return notes; }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public ObjectProperty<MonthlySummary> summaryProperty() { return summary; }
    public ObservableList<ItemDraft> drafts() { return drafts; }
    public StaffTexts texts() { return texts; }
}
