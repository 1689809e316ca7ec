package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.incidents.IncidentType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's incident chart writes each type beside its mark; two incidents captured in the same minute at
 * one severity printed their types over each other (the walk read "停电" and "其他" as one smudge). They now
 * share one label, the types joined, and an incident apart from them keeps its own.
 */
class IncidentChartLabelsTest {

    @TempDir
    Path dir;

    @Test
    void incidentsCapturedTogetherShareOneLabel() {
        JFreeChart chart;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            context.incidents().log().report(id, IncidentType.POWER_OUTAGE, "周敏");
            context.incidents().log().report(id, IncidentType.OTHER, "周敏");
            MeetingRecord record = context.exports(ExportFixture.ZH).record(id);
            ChartStyle style = new ChartStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            chart = new MeetingCharts(ExportFixture.ZH, ExportFixture.CLOCK.getZone(), style)
                    .incidents(record, ReportFigures.of(record, ExportFixture.ZH).tea());
        }
        XYPlot plot = chart.getXYPlot();
        XYDataset data = plot.getDataset();
        XYItemRenderer marks = plot.getRenderer();
        List<String> labels = new ArrayList<>();
        for (int series = 0; series < data.getSeriesCount(); series++) {
            for (int item = 0; item < data.getItemCount(series); item++) {
                labels.add(marks.getItemLabelGenerator(series, item).generateLabel(data, series, item));
            }
        }
        assertThat(labels).as("every incident has a mark").hasSize(4);
        assertThat(labels).filteredOn(String::isEmpty).as("the second of the two has no label of its own").hasSize(1);
        assertThat(labels).filteredOn(label -> label.contains("停电") || label.contains("其他")).singleElement()
                .satisfies(shared -> assertThat(shared).isIn("停电，其他", "其他，停电"));
    }
}
