package org.huiwu.logic.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.Severity;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.SkipReason;

/**
 * The first page of the service report: the meeting's name and particulars, four tiles with the figures
 * a supervisor looks for first, a ruled table of every key figure, and what still needs follow-up. The
 * figures come from {@link ReportFigures}; this class only lays them out. Confined to the report's thread.
 */
final class ReportSummaryPage {

    private final I18n i18n;
    private final RoundLabels rounds = new RoundLabels();

    ReportSummaryPage(I18n i18n) {
        this.i18n = i18n;
    }

    void write(MeetingRecord record, ReportFigures figures, ReportPages pages) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("export.report.title"), 20);
        pages.heading(record.meetingText("title"), 15);
        pages.line(i18n.format("export.report.particulars", record.meetingText("meeting_date"),
                record.meetingText("venue"), level(record)), 10, 0);
        pages.line(i18n.format("export.report.organisers", record.meetingText("host_organisation"),
                record.meetingText("organising_organisation")), 10, 0);
        pages.gap(12);
        tiles(figures, pages);
        pages.heading(i18n.get("export.summary.figures"), 13);
        new ReportTable(pages, 9.5f, new String[] {i18n.get("export.summary.figure"), i18n.get("export.summary.value")},
                0.3f, 0.7f).draw(rows(figures));
        pages.heading(i18n.get("export.summary.followUp"), 13);
        ReportFigures.FollowUp f = figures.followUp();
        if (f.none()) {
            pages.line(i18n.get("export.summary.nothingOpen"), 10, 0);
            return;
        }
        List<String[]> open = followUp(f);
        new ReportTable(pages, 9.5f, new String[] {i18n.get("export.summary.item"), i18n.get("export.summary.count")},
                0.7f, 0.3f).draw(open);
    }

    /** What needs follow-up and how many of each. */
    List<String[]> followUp(ReportFigures.FollowUp f) {
        List<String[]> open = new ArrayList<>();
        add(open, "export.summary.openIncidents", f.openIncidents());
        add(open, "export.summary.openComplaints", f.openComplaints());
        add(open, "export.summary.leftItems", f.leftItemsNotReturned());
        add(open, "export.summary.copies", f.copiesNotRecovered());
        return open;
    }

    /** The figures and their values as the first page's table and the spreadsheet's summary sheet list them. */
    List<String[]> rows(ReportFigures figures) {
        List<String[]> rows = new ArrayList<>();
        Map<CheckInStatus, Integer> a = figures.attendance();
        rows.add(row("export.summary.attendance", i18n.format("export.summary.attendanceValue", figures.expected(),
                figures.present(), a.getOrDefault(CheckInStatus.LATE, 0), a.getOrDefault(CheckInStatus.ABSENT, 0),
                a.getOrDefault(CheckInStatus.EXPECTED, 0))));
        rows.add(row("export.summary.rounds", Integer.toString(figures.rounds())));
        rows.add(row("export.summary.pours", Integer.toString(figures.pours())));
        TeaTimeline tea = figures.tea();
        rows.add(row("export.summary.average", minutes(tea.averageInterval())));
        rows.add(row("export.summary.longest", minutes(tea.longestInterval())));
        Map<TeaTimeline.Timing, Integer> timings = tea.timings();
        rows.add(row("export.summary.timings", i18n.format("export.summary.timingsValue",
                timings.getOrDefault(TeaTimeline.Timing.ON_TIME, 0), timings.getOrDefault(TeaTimeline.Timing.DUE, 0),
                timings.getOrDefault(TeaTimeline.Timing.OVERDUE, 0))));
        List<String> why = new ArrayList<>();
        figures.missed().forEach((reason, count) -> why.add(i18n.format("export.report.statusCount",
                i18n.get("MISSED".equals(reason) ? rounds.of(ServiceEventKind.MISSED) : rounds.of(SkipReason.valueOf(reason))),
                count)));
        rows.add(row("export.summary.missed", why.isEmpty() ? "0" : i18n.format("export.summary.missedValue",
                figures.missedCount(), String.join(i18n.get("export.report.listSeparator"), why))));
        rows.add(row("export.summary.incidents", incidents(figures)));
        rows.add(row("export.summary.checklist", figures.checklistCompletion().isEmpty()
                ? i18n.get("checklist.report.notKept")
                : i18n.format("export.summary.checklistValue", figures.checklistCompletion().getAsDouble() / 100,
                        figures.checklistSettled(), figures.checklistItems())));
        rows.add(row("export.summary.satisfaction", satisfaction(figures)));
        return rows;
    }

    private String incidents(ReportFigures figures) {
        if (figures.incidentCount() == 0) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Severity, Map<IncidentStatus, Integer>> severity : figures.incidents().entrySet()) {
            List<String> statuses = new ArrayList<>();
            severity.getValue().forEach((status, count) -> statuses.add(i18n.format("export.report.statusCount",
                    i18n.get(status.labelKey()), count)));
            parts.add(i18n.format("export.summary.severityValue", i18n.get(severity.getKey().labelKey()),
                    severity.getValue().values().stream().mapToInt(Integer::intValue).sum(),
                    String.join(i18n.get("export.report.listSeparator"), statuses)));
        }
        return i18n.format("export.summary.incidentsValue", figures.incidentCount(), String.join(i18n.get("export.summary.severitySeparator"), parts));
    }

    private String satisfaction(ReportFigures figures) {
        var survey = figures.survey();
        return survey.satisfactionRate().isPresent()
                ? i18n.format("feedback.rate.value", survey.satisfactionRate().getAsDouble(), survey.overallSatisfied(),
                        survey.overallAnswered())
                : i18n.get("feedback.rate.none");
    }

    private void tiles(ReportFigures figures, ReportPages pages) throws IOException {
        var survey = figures.survey();
        String[][] tiles = {
            {i18n.get("export.summary.tilePresent"), figures.present() + " / " + figures.expected()},
            {i18n.get("export.summary.pours"), Integer.toString(figures.pours())},
            {i18n.get("export.summary.average"), minutes(figures.tea().averageInterval())},
            {i18n.get("export.summary.tileSatisfaction"), survey.satisfactionRate().isPresent()
                    ? i18n.format("export.summary.percent", survey.satisfactionRate().getAsDouble()) : "—"},
        };
        float gap = 10;
        float width = (pages.width() - gap * (tiles.length - 1)) / tiles.length;
        float height = 54;
        float top = pages.y();
        PDPageContentStream stream = pages.stream();
        for (int i = 0; i < tiles.length; i++) {
            float x = pages.left() + i * (width + gap);
            stream.setLineWidth(0.8f);
            stream.addRect(x, top - height, width, height);
            stream.stroke();
            stream.setLineWidth(3f);
            stream.moveTo(x, top);
            stream.lineTo(x + width, top);
            stream.stroke();
            pages.text(pages.printable(tiles[i][0]), x + 6, top - 15, 8.5f);
            pages.text(pages.printable(tiles[i][1]), x + 6, top - 42, 18);
        }
        pages.y(top - height - 14);
    }

    private String minutes(java.util.OptionalDouble value) {
        return value.isPresent() ? i18n.format("export.summary.minutes", value.getAsDouble()) : "—";
    }

    private String[] row(String key, String value) {
        return new String[] {i18n.get(key), value};
    }

    private void add(List<String[]> rows, String key, int count) {
        rows.add(new String[] {i18n.get(key), Integer.toString(count)});
    }

    private String level(MeetingRecord record) {
        return switch (record.meetingText("confidentiality")) {
            case "CLASSIFIED" -> i18n.get("meeting.confidentiality.classified");
            case "INTERNAL" -> i18n.get("meeting.confidentiality.internal");
            default -> i18n.get("meeting.confidentiality.ordinary");
        };
    }
}
