package org.huiwu.ui.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.logic.feedback.HandlingTime;
import org.huiwu.logic.feedback.SurveyTrend;

/**
 * The satisfaction trend over meetings (annex U) and the venue's complaint handling time: the points for
 * the chart, the time as typed and what it means on screen. No default time: while none is set, nothing
 * is overdue and the screen says so. Setting it marks the open complaints past it. FX thread only.
 */
public final class FeedbackTrendViewModel {

    private final SurveyTrend trend;
    private final HandlingTime handlingTime;
    private final org.huiwu.ui.common.TaskRunner runner;
    private final FeedbackTexts texts;
    private final ComplaintsViewModel complaints;
    private final java.util.function.Supplier<Instant> now;
    private final ObservableList<SurveyTrend.Point> points = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<Duration>> time = new SimpleObjectProperty<>(this, "time", Optional.empty());
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public FeedbackTrendViewModel(SurveyTrend trend, HandlingTime handlingTime, org.huiwu.ui.common.TaskRunner runner,
            FeedbackTexts texts, ComplaintsViewModel complaints, java.util.function.Supplier<Instant> now) {
        this.trend = trend;
        this.handlingTime = handlingTime;
        this.runner = runner;
        this.texts = texts;
        this.complaints = complaints;
        this.now = now;
    }

    /** Reads the trend and the handling time. */
    public void load() {
        runner.run(() -> List.of(trend.lastYear(), handlingTime.get()), loaded -> {
            @SuppressWarnings("unchecked") List<SurveyTrend.Point> p = (List<SurveyTrend.Point>) loaded.get(0);
            @SuppressWarnings("unchecked") Optional<Duration> t = (Optional<Duration>) loaded.get(1);
            points.setAll(p);
            show(t);
        }, failure -> status.set(texts.describe(failure)));
    }

    /** Saves the hours typed in (empty unsets the time). */
    public void saveHours() {
        String typed = hours.get() == null ? "" : hours.get().strip();
        Integer value;
        try {
            value = typed.isEmpty() ? null : Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            status.set(texts.i18n().format("feedback.problem.handlingTime", HandlingTime.MAX_HOURS));
            return;
        }
        runner.run(() -> {
            handlingTime.set(value);
            return List.of(handlingTime.get(), handlingTime.waiting());
        }, saved -> {
            @SuppressWarnings("unchecked") Optional<Duration> t = (Optional<Duration>) saved.get(0);
            show(t);
            if ((Boolean) saved.get(1)) {
                status.set(texts.i18n().get("feedback.trend.timeQueued"));
            }
        }, failure -> status.set(texts.describe(failure)));
    }

    private void show(Optional<Duration> set) {
        time.set(set);
        hours.set(set.map(d -> String.valueOf(d.toHours())).orElse(""));
        status.set(set.map(d -> texts.i18n().format("feedback.trend.timeSet", d.toHours()))
                .orElse(texts.i18n().get("feedback.trend.timeNotSet")));
        complaints.markOverdue(c -> HandlingTime.overdue(c, set, now.get()));
    }

    public ObservableList<SurveyTrend.Point> points() { return points; }
    public ObjectProperty<Optional<Duration>> timeProperty() { return time; }
    public StringProperty hoursProperty() { return hours; }
    public StringProperty statusProperty() { return status; }
    public FeedbackTexts texts() { return texts; }
}
