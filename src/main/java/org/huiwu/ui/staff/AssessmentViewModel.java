package org.huiwu.ui.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
 * The staff assessments (annex E): owns the people, the current form and the month's summary per person
 * and team for the chart, and the form's items while the supervisor edits them (saved as a new version).
 * The daily assessment being entered is an {@link AssessmentEntry}. FX thread only; reads and writes run
 * on the {@link TaskRunner}.
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
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>(this, "month");
    private final ObjectProperty<MonthlySummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObservableList<ItemDraft> drafts = FXCollections.observableArrayList();
    private final Meeting meeting;
    private final AssessmentEntry entry;

    /** A model for assessments at {@code meeting} (null when no meeting is open). */
    public AssessmentViewModel(StaffDesk desk, TaskRunner runner, StaffTexts texts, Meeting meeting) {
        this.desk = desk;
        this.runner = runner;
        this.texts = texts;
        this.meeting = meeting;
        this.entry = new AssessmentEntry(desk, runner, texts, meeting, template, problem, this::showMonth);
    }

    /** Reads the people, the form and this month's summary. */
    public void load() {
        runner.run(() -> new Object[] {desk.roster().members(), desk.assessments().template(), desk.roster().today()},
                loaded -> {
                    @SuppressWarnings("unchecked") List<StaffMember> m = (List<StaffMember>) loaded[0];
                    people.setAll(m);
                    showTemplate((AssessmentTemplate) loaded[1]);
                    LocalDate today = (LocalDate) loaded[2];
                    entry.dayProperty().set(meeting != null ? meeting.date() : today);
                    showMonth(YearMonth.from(entry.dayProperty().get()));
                }, this::fail);
    }

    private void showTemplate(AssessmentTemplate form) {
        entry.scoresFor(form);
        drafts.setAll(form.items().stream().map(ItemDraft::of).toList());
        template.set(form);
    }

    /** Shows the summary of {@code shown}. */
    public void showMonth(YearMonth shown) {
        month.set(shown);
        runner.run(() -> desk.assessments().summary(shown), summary::set, this::fail);
    }

    /** Whether the scores or notes differ from the stored assessment (for a new one: from full marks, no notes). */
    public boolean changed() {
        return entry.changed();
    }

    /**
     * Keeps the entry (a field left, or with {@code force} Enter or the Save button): stores the person's
     * assessment of the day, or corrects it when stored; on success the month is re-read.
     */
    public void commit(String assessor, boolean force) {
        entry.commit(assessor, force);
    }

    /** Saves the assessment typed in (the Save button, Enter). */
    public void save(String assessor) {
        entry.commit(assessor, true);
    }

    /** Esc: puts the scores and notes back to the stored assessment (for a new one: full marks, no notes). */
    public void revert() {
        entry.revert();
    }

    /** Follows the chosen person, day and place; {@code assessor} is who enters the assessments. */
    public void followEntry(Supplier<String> assessor) {
        entry.follow(assessor);
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
    public List<IntegerProperty> scores() { return entry.scores(); }
    public ObjectProperty<StaffMember> personProperty() { return entry.personProperty(); }
    public ObjectProperty<LocalDate> dayProperty() { return entry.dayProperty(); }
    public BooleanProperty atMeetingProperty() { return entry.atMeetingProperty(); }
    public boolean meetingOpen() { return meeting != null; }
    public StringProperty notesProperty() { return entry.notesProperty(); }
    public StringProperty problemProperty() { return problem; }
    public ObjectProperty<YearMonth> monthProperty() { return month; }
    public ObjectProperty<MonthlySummary> summaryProperty() { return summary; }
    public ObservableList<ItemDraft> drafts() { return drafts; }
    public StaffTexts texts() { return texts; }
}
