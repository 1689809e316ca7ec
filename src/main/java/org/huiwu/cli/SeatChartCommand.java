package org.huiwu.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.logic.seating.print.SeatChart;
import org.huiwu.logic.seating.print.SeatChartPdf;
import org.huiwu.logic.seating.print.SeatChartPng;
import org.huiwu.logic.seating.print.SeatListXlsx;
import org.huiwu.model.seating.Viewpoint;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seat-chart}: writes a meeting's seat chart as PDF or PNG (or its seat list as XLSX), chosen
 * by the file's extension. Holds the parsed options of one invocation; confined to the calling thread.
 */
@Command(name = "seat-chart", mixinStandardHelpOptions = true)
final class SeatChartCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--meeting", required = true, paramLabel = "ID", descriptionKey = "cli.meeting")
    private UUID meetingId;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.seatChart.out")
    private Path out;

    @Option(names = "--view", defaultValue = "audience", paramLabel = "VIEW",
            descriptionKey = "cli.seatChart.view")
    private String view;

    @Option(names = "--width", defaultValue = "2000", paramLabel = "PIXELS",
            descriptionKey = "cli.seatChart.width")
    private int width;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!format.equals("pdf") && !format.equals("png") && !format.equals("xlsx")) {
            throw UsageErrors.of(spec, "cli.usage.chartType", out);
        }
        if (width < 100 || width > 20_000) {
            throw UsageErrors.of(spec, "cli.usage.widthRange");
        }
        Viewpoint viewpoint = switch (view.trim().toLowerCase(Locale.ROOT)) {
            case "audience" -> Viewpoint.AUDIENCE;
            case "podium" -> Viewpoint.PODIUM;
            default -> throw UsageErrors.of(spec, "cli.usage.view", view);
        };
        I18n i18n = CliText.forSystemLocale();
        try {
            return data.use(context -> {
                MeetingSeating s = MeetingSeating.load(context, meetingId, i18n);
                if (format.equals("xlsx")) {
                    new SeatListXlsx(i18n).write(s.seats(), s.assignments(), s.attendees(), out);
                    spec.commandLine().getOut().println(i18n.format("seating.list.written", out.toString()));
                    return 0;
                }
                SeatChart chart = SeatChart.describe(i18n, s.meeting(), s.plan(), s.seats(), s.assignments(),
                        s.attendees(), viewpoint);
                if (format.equals("pdf")) {
                    new SeatChartPdf(i18n, new CjkFontLocator(), context.clock()).write(chart, out);
                } else {
                    new SeatChartPng(i18n, new CjkFontLocator(), context.clock()).write(chart, width, out);
                }
                spec.commandLine().getOut().println(i18n.format("seating.chart.written", out.toString()));
                return 0;
            });
        } catch (PrintFailedException e) {
            throw MeetingSeating.failure(i18n, e);
        } catch (IOException e) {
            throw MeetingSeating.failure(i18n, out, e);
        }
    }
}
