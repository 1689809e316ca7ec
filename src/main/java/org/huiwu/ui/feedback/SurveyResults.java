package org.huiwu.ui.feedback;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.model.feedback.SurveySummary;

/**
 * The survey results of the current meeting as the surveys tab shows them: the summary table (header and a
 * line per item and overall), the satisfaction rate sentence and its definition, and the counted summary the
 * ratings chart draws. Decides nothing; {@link SurveysViewModel} hands it each summary read. FX thread only.
 */
public final class SurveyResults {

    /** One line of the summary table: the item (or overall) and its count per level, then the blanks. */
    public record SummaryLine(String label, List<String> cells) {
    }

    private final FeedbackTexts texts;
    private final ObservableList<String> summaryHeader = FXCollections.observableArrayList();
    private final ObservableList<SummaryLine> summary = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "");
    private final ReadOnlyStringWrapper definition = new ReadOnlyStringWrapper(this, "definition", "");
    private final ReadOnlyObjectWrapper<SurveySummary> counted = new ReadOnlyObjectWrapper<>(this, "counted");

    SurveyResults(FeedbackTexts texts) {
        this.texts = texts;
    }

    /** Shows a summary as read. */
    void show(SurveySummary counted) {
        this.counted.set(counted);
        SummaryTable table = SummaryTable.of(counted, texts);
        summaryHeader.setAll(table.header());
        summary.setAll(table.lines());
        String value = counted.satisfactionRate().isPresent()
                ? texts.i18n().format("feedback.rate.value", counted.satisfactionRate().getAsDouble(),
                        counted.overallSatisfied(), counted.overallAnswered())
                : texts.i18n().get("feedback.rate.none");
        rate.set(texts.i18n().format("feedback.survey.rate", counted.forms(), value));
        definition.set(texts.i18n().format("feedback.rate.definition", counted.satisfiedLabels(texts.english(), " + ")));
    }

    /** Shows no summary lines (no meeting is open); the rest keeps what it showed. */
    void clear() {
        summary.clear();
    }

    ObservableList<String> summaryHeader() { return summaryHeader; }
    ObservableList<SummaryLine> summary() { return summary; }
    ReadOnlyStringProperty rateProperty() { return rate.getReadOnlyProperty(); }
    ReadOnlyStringProperty definitionProperty() { return definition.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<SurveySummary> countedProperty() { return counted.getReadOnlyProperty(); }
}
