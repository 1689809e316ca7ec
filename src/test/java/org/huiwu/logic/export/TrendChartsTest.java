package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.feedback.SurveyTrend;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The trend charts' meeting labels, found cut on the walk's reading of the sample report: a year with one
 * meeting showed "市政府第28次常务会…" across an empty axis. A few meetings keep their whole title; many share
 * the axis and are cut short with "…".
 */
class TrendChartsTest {

    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
    private final ChartStyle style = new ChartStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    private final TrendCharts charts = new TrendCharts(i18n, style,
            new MeetingCharts(i18n, ZoneId.of("Asia/Shanghai"), style));

    @Test
    void aFewMeetingsKeepTheirWholeTitle() {
        JFreeChart chart = charts.satisfaction(points(2));

        assertThat(labels(chart)).allMatch(label -> label.toString().contains("市政府第28次常务会议"))
                .noneMatch(label -> label.toString().contains("…"));
    }

    @Test
    void manyMeetingsAreCutShort() {
        JFreeChart chart = charts.satisfaction(points(12));

        assertThat(labels(chart)).allMatch(label -> label.toString().endsWith("…"));
    }

    private static List<SurveyTrend.Point> points(int count) {
        List<SurveyTrend.Point> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new SurveyTrend.Point(UUID.randomUUID(), "市政府第28次常务会议" + (char) ('甲' + i),
                    LocalDate.of(2026, 1, 1).plusWeeks(i), 2, OptionalDouble.of(1.0)));
        }
        return points;
    }

    @SuppressWarnings("unchecked")
    private static List<Comparable<?>> labels(JFreeChart chart) {
        return chart.getCategoryPlot().getDataset().getColumnKeys();
    }
}
