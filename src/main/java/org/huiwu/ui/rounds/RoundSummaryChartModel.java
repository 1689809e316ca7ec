package org.huiwu.ui.rounds;

import java.util.UUID;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ChartFigures;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.TaskRunner;

/**
 * The figures behind the tea board's service charts: the current meeting's {@link ChartFigures}, read in
 * the background from the same records and by the same logic as the PDF report, and read again on each new
 * tea record while the charts are shown. The view draws them as they are. FX thread only.
 */
public final class RoundSummaryChartModel {

    private final Function<UUID, ChartFigures> figuresOf;
    private final AppState state;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final ObjectProperty<ChartFigures> figures = new SimpleObjectProperty<>(this, "figures");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private boolean shown;

    /** @param figuresOf reads a meeting's chart figures; called on the background thread */
    public RoundSummaryChartModel(Function<UUID, ChartFigures> figuresOf, AppState state, TaskRunner runner,
            FailureMessages failures, I18n i18n) {
        this.figuresOf = figuresOf;
        this.state = state;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        state.openMeeting().serviceRevisionProperty().addListener((obs, old, revision) -> reloadIfShown());
        state.currentMeetingProperty().addListener((obs, old, meeting) -> reloadIfShown());
    }

    /** The charts are shown: reads the figures now and after every tea record until {@link #hidden()}. */
    public void shown() {
        shown = true;
        load();
    }

    /** The charts are closed: stops reading. */
    public void hidden() {
        shown = false;
    }

    private void reloadIfShown() {
        if (shown) {
            load();
        }
    }

    private void load() {
        Meeting meeting = state.currentMeeting();
        if (meeting == null) {
            figures.set(null);
            return;
        }
        status.set(i18n.get("charts.loading"));
        UUID id = meeting.id();
        runner.run(() -> figuresOf.apply(id), read -> {
            figures.set(read);
            status.set(read.figures().tea().seats().isEmpty() ? i18n.get("charts.rounds.none") : "");
        }, failure -> status.set(failures.describe(failure)));
    }

    /** The figures last read; null before the first read. */
    public ReadOnlyObjectProperty<ChartFigures> figuresProperty() {
        return figures;
    }

    /** What the charts say instead of data: reading, no pours yet, or why the read failed; blank otherwise. */
    public StringProperty statusProperty() {
        return status;
    }
}
