package org.huiwu.ui.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.ui.common.TaskRunner;

/**
 * One daily assessment while it is entered: the person, the day, whether it is for the open meeting, one
 * score per item of the form and the notes. It is kept as each field is left (one assessment per person,
 * day and meeting, corrected in place); Esc puts the stored values back. Choosing another person, day or
 * place looks up the stored assessment in the background, and a commit meanwhile waits for that lookup.
 * FX thread only; reads and writes run on the {@link TaskRunner}.
 */
final class AssessmentEntry {

    private final StaffDesk desk;
    private final TaskRunner runner;
    private final StaffTexts texts;
    private final Meeting meeting;
    private final ReadOnlyObjectProperty<AssessmentTemplate> template;
    private final StringProperty problem;
    private final Consumer<YearMonth> showMonth;
    private final List<IntegerProperty> scores = new ArrayList<>();
    private final ObjectProperty<StaffMember> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final BooleanProperty atMeeting = new SimpleBooleanProperty(this, "atMeeting");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private UUID entryId = UUID.randomUUID();
    private Assessment stored;
    private boolean loading;
    /** A lookup of the stored assessment is under way; a commit meanwhile waits for it (then corrects that one). */
    private boolean looking;
    private boolean waiting;
    private boolean waitingForced;

    AssessmentEntry(StaffDesk desk, TaskRunner runner, StaffTexts texts, Meeting meeting,
            ReadOnlyObjectProperty<AssessmentTemplate> template, StringProperty problem, Consumer<YearMonth> showMonth) {
        this.desk = desk;
        this.runner = runner;
        this.texts = texts;
        this.meeting = meeting;
        this.template = template;
        this.problem = problem;
        this.showMonth = showMonth;
        atMeeting.set(meeting != null);
    }

    /** One score per item of {@code form}, each at the item's full marks. */
    void scoresFor(AssessmentTemplate form) {
        scores.clear();
        form.items().forEach(item -> scores.add(new SimpleIntegerProperty(item.maxScore())));
    }

    /** Follows the chosen person, day and place; {@code assessor} is who enters the assessments. */
    void follow(Supplier<String> assessor) {
        for (ObservableValue<?> key : List.of(person, day, atMeeting)) {
            key.addListener((o, was, now) -> switchEntry(assessor.get()));
        }
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
        UUID at = meetingId();
        stored = null;
        entryId = UUID.randomUUID();
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
            problem.set(texts.describe(failure));
        });
    }

    private UUID meetingId() {
        return atMeeting.get() && meeting != null ? meeting.id() : null;
    }

    /** Whether the scores or notes differ from the stored assessment (for a new one: from full marks, no notes). */
    boolean changed() {
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
    void commit(String assessor, boolean force) {
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
        UUID id = entryId;
        UUID at = meetingId();
        String typedNotes = notes.get();
        runner.run(() -> desk.assessments().record(id, chosen, on, at, form, given, assessor, typedNotes), saved -> {
            if (saved.id().equals(entryId)) {
                stored = saved;
            }
            problem.set(texts.i18n().format("staff.assess.saved", saved.staffName(), saved.total(), saved.maxTotal()));
            showMonth.accept(YearMonth.from(on));
        }, failure -> problem.set(texts.describe(failure)));
    }

    /** Esc: puts the scores and notes back to the stored assessment (for a new one: full marks, no notes). */
    void revert() {
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

    List<IntegerProperty> scores() { return scores; }
    ObjectProperty<StaffMember> personProperty() { return person; }
    ObjectProperty<LocalDate> dayProperty() { return day; }
    BooleanProperty atMeetingProperty() { return atMeeting; }
    StringProperty notesProperty() { return notes; }
}
