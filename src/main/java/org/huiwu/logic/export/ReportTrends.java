package org.huiwu.logic.export;

import java.io.IOException;

import org.huiwu.i18n.I18n;

/**
 * The trend page of the service report: the satisfaction rate and the incidents by severity over the
 * meetings of the year up to the reported one, each as a chart, or a line saying there is no trend yet.
 * Immutable; confined to the report's thread.
 */
final class ReportTrends {

    private final I18n i18n;

    ReportTrends(I18n i18n) {
        this.i18n = i18n;
    }

    void write(MeetingTrends.Trends trends, TrendCharts charts, ReportPages pages) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("export.trend.heading"), 16);
        pages.line(i18n.get("export.trend.span"), 9, 0);
        pages.gap(4);
        if (trends.surveys().stream().anyMatch(p -> p.rate().isPresent())) {
            pages.chart(charts.satisfaction(trends.surveys()), 230);
        } else {
            pages.line(i18n.get("export.trend.noSurveys"), 10, 12);
        }
        pages.gap(6);
        if (trends.incidents().isEmpty()) {
            pages.line(i18n.get("export.trend.noMeetings"), 10, 12);
        } else {
            pages.chart(charts.incidents(trends.incidents()), Math.min(440, 120 + 28f * trends.incidents().size()));
        }
    }
}
