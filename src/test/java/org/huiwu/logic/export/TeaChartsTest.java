package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's refill-interval chart names its planned interval in the legend, as the chart on screen does,
 * and writes no label into the plot: the walk's reading of the sample report found "计划 15 分钟" printed at the
 * plot's right end, where the latest (overdue) marks are.
 */
class TeaChartsTest {

    @TempDir
    Path dir;

    @Test
    void thePlannedIntervalIsNamedInTheLegendNotInThePlot() {
        TeaTimeline tea;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            UUID id = context.sampleMeeting().ensure();
            tea = ReportFigures.of(context.exports(ExportFixture.ZH).record(id), ExportFixture.ZH).tea();
        }
        assertThat(tea.gaps()).isNotEmpty();
        ChartStyle style = new ChartStyle(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        JFreeChart chart = new TeaCharts(ExportFixture.ZH, ExportFixture.CLOCK.getZone(), style).intervals(tea);
        XYPlot plot = chart.getXYPlot();

        List<Marker> plans = new ArrayList<>(plot.getRangeMarkers(Layer.FOREGROUND));
        assertThat(plans).as("a dashed line per planned interval").isNotEmpty();
        assertThat(plans).extracting(Marker::getLabel).as("no text in the plot").allMatch(label -> label == null);
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            LegendItem item = plot.getLegendItems().get(i);
            legend.add(item.getLabel());
        }
        assertThat(legend).containsExactlyElementsOf(List.of("按时", "临近到期", "超时", "计划 15 分钟"));
    }
}
