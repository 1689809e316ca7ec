package org.huiwu.ui.feedback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.feedback.SurveyBook;
import org.huiwu.logic.feedback.SurveyEntry;
import org.huiwu.model.Meeting;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.feedback.SurveyTemplate;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.TaskRunner;

/**
 * The satisfaction surveys of the current meeting: the entry form (unit, name, a rating per item of the
 * meeting's form, the overall rating, comments), the forms entered, and the summary with the
 * satisfaction rate and its definition ({@link SurveyResults}). FX thread only; storage work goes through
 * the {@link TaskRunner}.
 */
public final class SurveysViewModel {

    private final SurveyBook surveys;
    private final AppState state;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final FeedbackTexts texts;

    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty comments = new SimpleStringProperty(this, "comments", "");
    private final StringProperty enteredBy = new SimpleStringProperty(this, "enteredBy", "");
    private final ObservableList<RatingRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RatingRow> overall = new SimpleObjectProperty<>(this, "overall");
    private final ObservableList<SurveyForm> forms = FXCollections.observableArrayList();
    private final SurveyResults results;
    private SurveyTemplate template = new SurveyTemplate(List.of(), List.of());

    public SurveysViewModel(SurveyBook surveys, AppState state, TaskRunner runner, DialogService dialogs,
            FeedbackTexts texts) {
        this.surveys = surveys;
        this.state = state;
        this.runner = runner;
        this.dialogs = dialogs;
        this.texts = texts;
        this.results = new SurveyResults(texts);
        state.currentMeetingProperty().addListener((obs, old, meeting) -> reload());
    }

    private record Loaded(SurveyTemplate template, List<SurveyForm> forms, SurveySummary summary) {
    }

    /** Reads the current meeting's form items, its forms and their summary. */
    public void reload() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            forms.clear();
            results.clear();
            rows.clear();
            return;
        }
        UUID meetingId = meeting.id();
        runner.run(() -> {
            SurveyTemplate meetingTemplate = surveys.templateOf(meetingId);
            List<SurveyForm> entered = surveys.forms(meetingId);
            return new Loaded(meetingTemplate, entered, SurveySummary.of(meetingTemplate, entered));
        }, this::show, this::fail);
    }

    private void show(Loaded loaded) {
        if (!loaded.template().equals(template) || rows.isEmpty()) {
            template = loaded.template();
            rows.setAll(loaded.template().items().stream()
                    .map(item -> new RatingRow(item, item.label(texts.english()), choices(RatingScale.ITEM))).toList());
            overall.set(new RatingRow(null, texts.i18n().get("feedback.survey.overall"), choices(RatingScale.OVERALL)));
        }
        forms.setAll(loaded.forms());
        results.show(loaded.summary());
    }

    private List<RatingRow.Choice> choices(RatingScale scale) {
        return template.levels(scale).stream().map(l -> new RatingRow.Choice(l.level(), l.label(texts.english())))
                .toList();
    }

    /** Saves the form as typed; the form is cleared and the summary updated once it is stored. */
    public void save() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            return;
        }
        Map<UUID, Integer> ratings = new HashMap<>();
        for (RatingRow row : rows) {
            if (row.chosenProperty().get() != null) {
                ratings.put(row.item().id(), row.chosenProperty().get());
            }
        }
        Integer overallLevel = overall.get() == null ? null : overall.get().chosenProperty().get();
        SurveyEntry entry = new SurveyEntry(unit.get(), name.get(), ratings, overallLevel, comments.get());
        String by = enteredBy.get();
        runner.run(() -> surveys.add(meeting.id(), entry, by), saved -> {
            clearForm();
            reload();
        }, this::fail);
    }

    /** Removes a form entered by mistake, after asking. */
    public void remove(SurveyForm form) {
        if (form == null || !dialogs.confirm(texts.i18n().get("feedback.survey.removeTitle"),
                texts.i18n().format("feedback.survey.removeQuestion", form.respondentUnit(), texts.time(form.enteredAt())))) {
            return;
        }
        runner.run(() -> {
            surveys.remove(form.id());
            return form;
        }, removed -> reload(), this::fail);
    }

    /** Empties the entry form. */
    public void clearForm() {
        unit.set("");
        name.set("");
        comments.set("");
        rows.forEach(row -> row.chosenProperty().set(null));
        if (overall.get() != null) {
            overall.get().chosenProperty().set(null);
        }
    }

    /** One line of the forms list: when, unit, name and the overall rating. */
    public String describe(SurveyForm form) {
        String overallLabel = form.overallLevel() == null ? texts.i18n().get("feedback.survey.noOverall")
                : template.level(RatingScale.OVERALL, form.overallLevel()).map(l -> l.label(texts.english()))
                        .orElse(String.valueOf(form.overallLevel()));
        return texts.i18n().format("feedback.survey.formRow", texts.time(form.enteredAt()), form.respondentUnit(),
                form.respondentName(), overallLabel);
    }

    private void fail(Throwable failure) {
        dialogs.showError(texts.i18n().get("feedback.survey.title"), texts.describe(failure));
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty commentsProperty() {
        return comments;
    }

    /** Who types the forms in (shared with the complaints' "recorded by"). */
    public StringProperty enteredByProperty() {
        return enteredBy;
    }

    public ObservableList<RatingRow> rows() {
        return rows;
    }

    public ObjectProperty<RatingRow> overallProperty() {
        return overall;
    }

    public ObservableList<SurveyForm> forms() {
        return forms;
    }

    /** The meeting's survey summary as last read (the ratings chart draws it); null before the first read. */
    public ReadOnlyObjectProperty<SurveySummary> countedProperty() { return results.countedProperty(); }
    public ObservableList<String> summaryHeader() { return results.summaryHeader(); }
    public ObservableList<SurveyResults.SummaryLine> summary() { return results.summary(); }
    public ReadOnlyStringProperty rateProperty() { return results.rateProperty(); }
    public ReadOnlyStringProperty definitionProperty() { return results.definitionProperty(); }
}
