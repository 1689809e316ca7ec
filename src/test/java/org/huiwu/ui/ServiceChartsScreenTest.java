package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.huiwu.Fixtures;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ChartFigures;
import org.huiwu.logic.export.TeaTimeline;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.huiwu.ui.control.chart.TimelineChart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts on screen draw the report's own figures: with the sample meeting open, the tea board's
 * service charts (timeline and refill intervals), the feedback tab's ratings chart and the incidents tab's
 * trend across meetings are read back series by series and compared with {@link ChartFigures} and
 * {@link IncidentTrend} computed from the stored records, as the PDF report computes them; the open tea
 * charts gain the mark of a pour served on the board (issue #16). Snapshots go to
 * {@code target/charts-ui/} (light Chinese, dim English).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ServiceChartsScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T06:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @Test
    void theTeaBoardsChartsShowTheReportsTimelineAndIntervals(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        ChartFigures expected = ChartFigures.of(app.window().context().exports(i18n).record(SampleMeeting.ID), i18n);
        TeaTimeline tea = expected.figures().tea();
        assertThat(tea.seats()).isNotEmpty();
        assertThat(tea.gaps()).isNotEmpty();

        openTab(robot, "#roundsTab", "#serviceChartsButton");
        robot.clickOn("#serviceChartsButton");
        waitUntil(() -> timeline(robot).getData().size() == 4);
        TimelineChart timeline = timeline(robot);
        assertThat(timeline.getTitle()).isEqualTo("茶水服务时间线");
        List<String> rows = new ArrayList<>(expected.seatNames().values());
        java.util.Collections.reverse(rows);
        assertThat(((CategoryAxis) timeline.getYAxis()).getCategories()).containsExactlyElementsOf(rows);
        for (TeaTimeline.Timing timing : TeaTimeline.Timing.values()) {
            List<String> drawn = timeline.getData().get(timing.ordinal()).getData().stream()
                    .map(d -> d.getYValue() + " " + d.getXValue() + "→" + ((TimelineChart.Bar) d.getExtraValue()).end())
                    .toList();
            List<String> figures = new ArrayList<>();
            tea.seats().forEach(seat -> seat.gaps().forEach(gap -> gap.segments().stream()
                    .filter(part -> part.timing() == timing).forEach(part -> figures.add(expected.seatName(seat.seatKey())
                            + " " + seconds(part.from()) + "→" + seconds(part.to())))));
            assertThat(drawn).as(timing.name()).containsExactlyElementsOf(figures);
        }
        assertThat(timeline.getData().get(3).getData()).hasSize(tea.seats().stream().mapToInt(s -> s.pours().size()).sum());
        assertThat(timeline.getData().get(3).getData()).allMatch(d -> d.getExtraValue() instanceof TimelineChart.Mark);
        assertThat(timeline.shaded()).hasSize(tea.breaks().size());
        assertThat(timeline.lookupAll(".timeline-bar.timing-on-time")).isNotEmpty();
        snapshot(chartsWindow(robot), "tea-timeline-zh-light.png");

        robot.clickOn("#refillIntervalsTab");
        LineChart<Number, Number> intervals = robot.lookup("#refillIntervalChart").queryAs(LineChart.class);
        assertThat(intervals.getTitle()).isEqualTo("续水间隔与计划");
        for (TeaTimeline.Timing timing : TeaTimeline.Timing.values()) {
            assertThat(intervals.getData().get(timing.ordinal()).getData().stream()
                    .map(d -> d.getXValue() + "=" + d.getYValue()).toList()).as(timing.name())
                    .containsExactlyInAnyOrderElementsOf(tea.gaps().stream().filter(g -> g.timing() == timing)
                            .map(g -> seconds(g.to()) + "=" + g.minutes()).toList());
        }
        assertThat(intervals.getData().subList(3, intervals.getData().size()))
                .extracting(XYChart.Series::getName)
                .containsExactlyElementsOf(tea.gaps().stream().map(TeaTimeline.Gap::planMinutes).distinct().sorted()
                        .map(plan -> i18n.format("export.chart.plan", plan)).toList());
        snapshot(chartsWindow(robot), "refill-intervals-zh-light.png");
    }

    @Test
    void theOpenChartsWindowGainsTheMarkOfAPourServedOnTheBoard(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#serviceChartsButton");
        waitUntil(() -> robot.lookup("#roundMap .seat-node").queryAll().size() == 31);
        robot.clickOn("#serviceChartsButton");
        waitUntil(() -> timeline(robot).getData().size() == 4);
        int marksBefore = timeline(robot).getData().get(3).getData().size();
        double now = seconds(CLOCK.instant());
        assertThat(timeline(robot).getData().get(3).getData()).noneMatch(d -> d.getXValue().doubleValue() == now);

        Button start = robot.lookup("#startRoundButton").queryButton();
        robot.interact(start::fire);
        Label next = robot.lookup("#nextSeatLabel").queryAs(Label.class);
        waitUntil(() -> next.getText().contains("王建国"));
        Button serve = robot.lookup("#serveNextButton").queryButton();
        robot.interact(serve::fire);

        waitUntil(() -> timeline(robot).getData().size() == 4
                && timeline(robot).getData().get(3).getData().size() == marksBefore + 1);
        List<XYChart.Data<Number, String>> newMarks = timeline(robot).getData().get(3).getData().stream()
                .filter(d -> d.getXValue().doubleValue() == now).toList();
        assertThat(newMarks).as("one pour mark at the moment served").hasSize(1);
        assertThat(robot.lookup("#serviceCharts").query().getScene().getWindow().isShowing())
                .as("the charts stay open beside the board").isTrue();
    }

    @Test
    void enterClosesTheChartsWindowAfterAClickOnOneOfItsTabs(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#serviceChartsButton");
        robot.clickOn("#serviceChartsButton");
        waitUntil(() -> timeline(robot).getData().size() == 4);
        robot.clickOn("#refillIntervalsTab");
        Window charts = robot.lookup("#serviceCharts").query().getScene().getWindow();
        assertThat(charts.getScene().getFocusOwner()).as("the click took the focus off 关闭").isNotInstanceOf(Button.class);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> !charts.isShowing());

        robot.clickOn("#serviceChartsButton");
        waitUntil(() -> robot.lookup("#serviceCharts").tryQuery().filter(WindowRobot::shown).isPresent());
        Window again = robot.lookup("#serviceCharts").query().getScene().getWindow();
        robot.clickOn("#teaTimelineTab");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !again.isShowing());
    }

    @Test
    void theFeedbackTabsRatingsChartShowsTheReportsSurveySummary(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        SurveySummary expected = ChartFigures.of(app.window().context().exports(i18n).record(SampleMeeting.ID), i18n)
                .figures().survey();
        assertThat(expected.forms()).isPositive();

        openTab(robot, "#feedbackTab", "#surveyUnit");
        openTab(robot, "#surveyChartTab", "#surveyRatingsChart");
        waitUntil(() -> !ratings(robot).getData().isEmpty());
        StackedBarChart<Number, String> chart = ratings(robot);
        assertThat(chart.getTitle()).isEqualTo("满意度测评各项评价");
        List<ScaleLevel> levels = expected.template().levels(RatingScale.ITEM);
        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactlyElementsOf(levels.stream().map(l -> l.label(false)).toList());
        for (int i = 0; i < levels.size(); i++) {
            int level = levels.get(i).level();
            assertThat(chart.getData().get(i).getData().stream().map(d -> d.getYValue() + "=" + d.getXValue()).toList())
                    .containsExactlyElementsOf(expected.perItem().stream().map(item -> item.item().label(false) + "="
                            + item.counts().getOrDefault(level, 0)).toList());
        }
        snapshot(app.window().stage().getScene().getRoot(), "survey-ratings-zh-light.png");
    }

    @Test
    void theIncidentsTabShowsTheTrendOverSeveralMeetings(FxRobot robot) throws Exception {
        var context = app.window().context();
        for (int month = 8; month <= 10; month++) {
            var meeting = context.meetings().save(Fixtures.meeting(month + "月常务会议", LocalDate.of(2026, month, 12)));
            for (int i = 0; i < month - 7; i++) {
                var draft = context.incidents().log().begin(meeting.id(), "吕佳").withType(IncidentType.AUDIO_FAILURE)
                        .withSeverity(Severity.values()[i % 3]);
                context.incidents().log().report(draft);
            }
        }
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        List<IncidentTrend.Point> expected = context.incidentTrend().lastYear();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);

        openTab(robot, "#incidentsTab", "#captureButton");
        openTab(robot, "#incidentTrendTab", "#incidentTrendChart");
        waitUntil(() -> !trend(robot).getData().isEmpty() && !trend(robot).getData().get(0).getData().isEmpty());
        StackedBarChart<String, Number> chart = trend(robot);
        assertThat(chart.getTitle()).isEqualTo("各次会议突发事件（按等级）");
        for (Severity severity : Severity.values()) {
            assertThat(chart.getData().get(severity.ordinal()).getData()).extracting(d -> d.getYValue().intValue())
                    .containsExactlyElementsOf(expected.stream().map(p -> p.bySeverity().get(severity)).toList());
        }
        assertThat(((CategoryAxis) chart.getXAxis()).getCategories()).hasSize(expected.size());
        snapshot(app.window().stage().getScene().getRoot(), "incident-trend-zh-light.png");

        WaitForAsyncUtils.asyncFx(() -> app.window().workbench().applySettings(Language.ENGLISH, Theme.DIM)).get();
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#roundsTab", "#serviceChartsButton");
        robot.clickOn("#serviceChartsButton");
        waitUntil(() -> timeline(robot).getData().size() == 4);
        snapshot(chartsWindow(robot), "tea-timeline-en-dim.png");
    }

    private static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
    }

    private static TimelineChart timeline(FxRobot robot) {
        return robot.lookup("#teaTimelineChart").queryAs(TimelineChart.class);
    }

    @SuppressWarnings("unchecked")
    private static StackedBarChart<Number, String> ratings(FxRobot robot) {
        return robot.lookup("#surveyRatingsChart").queryAs(StackedBarChart.class);
    }

    @SuppressWarnings("unchecked")
    private static StackedBarChart<String, Number> trend(FxRobot robot) {
        return robot.lookup("#incidentTrendChart").queryAs(StackedBarChart.class);
    }

    private static Node chartsWindow(FxRobot robot) {
        return robot.lookup("#serviceCharts").query().getScene().getRoot();
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Path out = Path.of("target/charts-ui");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
