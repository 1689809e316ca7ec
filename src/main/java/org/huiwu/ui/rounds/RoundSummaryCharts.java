package org.huiwu.ui.rounds;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;

import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ChartFigures;
import org.huiwu.logic.export.TeaTimeline;

/**
 * The tea board's service charts, opened from its summary: the tea-service timeline (a row per served seat,
 * pours as marks, each refill interval coloured as the seat's clock ran: on time, due, overdue; breaks
 * shaded) and the refill intervals against the plan, in a window that stays open beside the board and
 * follows new tea records. Its 关闭 is the default and the cancel button: Enter and Esc close it wherever focus
 * is inside (a click on a chart's tab takes focus off the button). Draws {@link RoundSummaryChartModel}'s figures.
 * FX thread only.
 */
public final class RoundSummaryCharts {

    /** Where the charts' figures come from and the time zone their clock times are shown in. */
    public record Source(Function<UUID, ChartFigures> figuresOf, ZoneId zone) {
    }

    private final RoundSummaryChartModel model;
    private final I18n i18n;
    private final ZoneId zone;
    /** Made when the charts first open: a chart's nodes cost the window's start-up for a dialog seldom opened. */
    private TeaTimelineChart timeline;
    private RefillIntervalChart intervals;
    private Dialog<Void> dialog;

    public RoundSummaryCharts(RoundSummaryChartModel model, I18n i18n, ZoneId zone) {
        this.model = model;
        this.i18n = i18n;
        this.zone = zone;
        model.figuresProperty().addListener((obs, old, figures) -> show(figures));
    }

    /** Opens the charts beside the window (or brings them forward) and reads the figures. */
    public void open(Window owner) {
        model.shown();
        if (dialog != null && dialog.isShowing() && dialog.getDialogPane().getScene().getWindow().isShowing()) {
            ((javafx.stage.Stage) dialog.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        dialog = build(owner);
        dialog.show();
    }

    private Dialog<Void> build(Window owner) {
        Dialog<Void> built = new Dialog<>();
        built.initOwner(owner);
        built.initModality(Modality.NONE);
        built.setResizable(true);
        built.setTitle(i18n.get("charts.rounds.title"));
        Label status = new Label();
        status.setId("serviceChartStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isEmpty().not());
        status.visibleProperty().bind(status.managedProperty());
        Tab timelineTab = new Tab(i18n.get("export.chart.timeline"), timeline());
        timelineTab.setId("teaTimelineTab");
        Tab intervalsTab = new Tab(i18n.get("export.chart.intervals"), intervals());
        intervalsTab.setId("refillIntervalsTab");
        TabPane tabs = new TabPane(timelineTab, intervalsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(6, status, tabs);
        content.setId("serviceCharts");
        double width = owner == null ? 1100 : Math.min(1100, owner.getWidth() - 80);
        double height = owner == null ? 560 : Math.min(560, owner.getHeight() - 160);
        content.setPrefSize(width, height);
        built.getDialogPane().setContent(content);
        built.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        Button close = (Button) built.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("serviceChartsCloseButton");
        close.setDefaultButton(true);
        if (owner != null && owner.getScene() != null) {
            built.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        built.setOnHidden(e -> model.hidden());
        return built;
    }

    private void show(ChartFigures figures) {
        if (timeline == null) {
            return;
        }
        if (figures == null) {
            timeline.clear();
            intervals.clear();
            return;
        }
        timeline.show(figures);
        intervals.show(figures.figures().tea());
    }

    /** A clock-time axis (HH:mm in the meeting's zone) over the timeline's span, in seconds, with round ticks. */
    private NumberAxis timeAxis(TeaTimeline tea) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(i18n.get("export.chart.time"));
        axis.setAutoRanging(false);
        axis.setForceZeroInRange(false);
        if (tea.start() == null || tea.end() == null) {
            return axis;
        }
        double from = seconds(tea.start());
        double to = Math.max(seconds(tea.end()), from + 600);
        long[] steps = {5, 10, 15, 30, 60, 120, 240};
        long step = steps[steps.length - 1];
        for (long minutes : steps) {
            if ((to - from) / (minutes * 60) <= 10) {
                step = minutes;
                break;
            }
        }
        double unit = step * 60.0;
        axis.setLowerBound(Math.floor((from - 30) / unit) * unit);
        axis.setUpperBound(Math.ceil(to / unit) * unit);
        axis.setTickUnit(unit);
        axis.setMinorTickVisible(false);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return clock.format(Instant.ofEpochMilli(Math.round(value.doubleValue() * 1000)));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        return axis;
    }

    /** An instant on the charts' time axis: seconds since the epoch. */
    static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }

    /** The timeline chart (tests read its series), made with the figures read so far when first asked for. */
    public TeaTimelineChart timeline() {
        if (timeline == null) {
            timeline = new TeaTimelineChart(i18n, this::timeAxis);
            intervals = new RefillIntervalChart(i18n, this::timeAxis);
            show(model.figuresProperty().get());
        }
        return timeline;
    }

    /** The intervals chart (tests read its series). */
    public RefillIntervalChart intervals() {
        timeline();
        return intervals;
    }
}
