package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.huiwu.i18n.I18n;
import org.huiwu.i18n.ModelLabels;
import org.huiwu.logic.attendees.Attendance;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.logic.seating.print.SeatChart;
import org.huiwu.logic.seating.print.SeatChartPdf;

/**
 * The service report (会议服务记录) of one meeting as PDF: a first page of key figures and follow-up, ruled
 * tables of attendees (rank order) and seats, the seat chart, the tea service with its timeline and
 * intervals charts, incidents, checklist and surveys each with their chart (vector graphics through
 * JFreeChart and a PDFBox Graphics2D), incidents' procedure steps and history, left items; page numbers, the generation time and
 * who exported on every page, and a watermark for classified meetings. Stateless apart from its
 * collaborators; call from a background thread.
 */
public final class ServiceReportPdf implements MeetingExports.ServiceReportWriter {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RoundLabels rounds = new RoundLabels();
    private final ExportFiles files;
    private final I18n i18n;
    private final CjkFontLocator fonts;
    private final Clock clock;
    private final String exportedBy;
    private final Function<UUID, Optional<SeatChart>> charts;
    private final Function<java.time.LocalDate, MeetingTrends.Trends> trends;

    /** A report without the trend page's points (it says there is no trend yet). */
    public ServiceReportPdf(ExportFiles files, I18n i18n, CjkFontLocator fonts, Clock clock, String exportedBy,
            Function<UUID, Optional<SeatChart>> charts) {
        this(files, i18n, fonts, clock, exportedBy, charts, day -> MeetingTrends.Trends.NONE);
    }

    /** @param trends the trends over the meetings up to a meeting's day, from the local store */
    public ServiceReportPdf(ExportFiles files, I18n i18n, CjkFontLocator fonts, Clock clock, String exportedBy,
            Function<UUID, Optional<SeatChart>> charts, Function<java.time.LocalDate, MeetingTrends.Trends> trends) {
        this.charts = charts;
        this.trends = trends;
        this.files = files;
        this.i18n = i18n;
        this.fonts = fonts;
        this.clock = clock;
        this.exportedBy = exportedBy;
    }

    @Override
    public void write(MeetingRecord record, Path file, ExportMonitor monitor) {
        String now = ZonedDateTime.now(clock).format(STAMP);
        try (PDDocument document = new PDDocument();
             ReportPages pages = new ReportPages(document, fonts.locate())) {
            ReportFigures figures = ReportFigures.of(record, i18n);
            ChartStyle style = new ChartStyle(pages.chartFont());
            TeaCharts tea = new TeaCharts(i18n, clock.getZone(), style);
            MeetingCharts charts = new MeetingCharts(i18n, clock.getZone(), style);
            new ReportSummaryPage(i18n).write(record, figures, pages);
            monitor.step(1, 4);
            attendanceAndSeats(record, pages);
            seatChart(record, pages);
            monitor.step(2, 4);
            tea(record, figures, tea, pages);
            new ReportIncidents(i18n, clock.getZone()).write(record, pages,
                    charts.incidents(record, figures.tea()));
            new ReportChecklists(i18n, clock.getZone()).write(record, pages, charts.checklist(figures));
            new ReportFeedback(i18n, clock.getZone()).write(record, pages, charts.survey(figures.survey()));
            String day = record.meetingText("meeting_date");
            new ReportTrends(i18n).write(day.isBlank() ? MeetingTrends.Trends.NONE : trends.apply(java.time.LocalDate.parse(day)),
                    new TrendCharts(i18n, style, charts), pages);
            new ReportStaff(i18n, clock.getZone()).write(record, pages);
            new ReportTextChecks(i18n, clock.getZone()).write(record, pages);
            monitor.step(3, 4);
            boolean classified = "CLASSIFIED".equals(record.meetingText("confidentiality"));
            pages.finish(i18n.format("export.report.generated", now, exportedBy),
                    (page, count) -> i18n.format("export.report.page", page, count),
                    classified ? i18n.format("export.report.watermark", now, exportedBy) : null);
            document.getDocumentInformation().setTitle(record.meetingText("title"));
            document.getDocumentInformation().setCreator("Huiwu");
            files.write(file, document::save);
            monitor.step(4, 4);
        } catch (PrintFailedException e) {
            throw new ExportFailedException(ExportProblem.NO_FONT, file, e);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, file, e);
        }
    }

    private void seatChart(MeetingRecord record, ReportPages pages) throws IOException {
        Optional<SeatChart> chart = charts.apply(record.meetingId());
        if (chart.isPresent()) {
            Path drawn = Files.createTempFile("huiwu-chart", ".pdf");
            try {
                new SeatChartPdf(i18n, fonts, clock).writePageWithoutFooter(chart.get(), drawn);
                pages.append(drawn);
            } finally {
                Files.deleteIfExists(drawn);
            }
        }
    }

    private void attendanceAndSeats(MeetingRecord record, ReportPages pages) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("export.report.attendance"), 16);
        Attendance attendance = Attendance.ofRows(record.rows("attendee"));
        List<String> counts = new ArrayList<>();
        attendance.byStatus().forEach((status, count) -> counts.add(i18n.format("export.report.statusCount",
                i18n.get(ModelLabels.key(status)), count)));
        pages.line(i18n.format("export.report.attendanceCounts", attendance.expected(),
                String.join(i18n.get("export.report.listSeparator"), counts)), 11, 0);
        pages.gap(4);
        List<String[]> attendees = new ArrayList<>();
        for (Map<String, Object> a : record.inReadingOrder("attendee")) {
            attendees.add(new String[] {Integer.toString(attendees.size() + 1), text(a.get("name")),
                    text(a.get("organisation")), text(a.get("position")), i18n.get(ModelLabels.key(checkIn(a)))});
        }
        new ReportTable(pages, 9.5f, new String[] {i18n.get("export.column.rank"), i18n.get("export.report.name"),
                i18n.get("export.report.organisation"), i18n.get("export.report.position"),
                i18n.get("export.report.checkIn")}, 0.08f, 0.17f, 0.38f, 0.25f, 0.12f).draw(attendees);
        pages.heading(i18n.get("export.report.seats"), 16);
        SeatNames names = new SeatNames(record, i18n);
        Map<String, Object> occupants = new TreeMap<>(names.order());
        record.rows("seat_assignment").forEach(seat -> occupants.put(seat.get("seat_key").toString(),
                seat.get("attendee_id")));
        if (occupants.isEmpty()) {
            pages.line(i18n.get("export.report.none"), 10, 12);
            return;
        }
        List<Map.Entry<String, Object>> seats = new ArrayList<>(occupants.entrySet());
        int half = (seats.size() + 1) / 2;
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < half; i++) {
            Map.Entry<String, Object> right = i + half < seats.size() ? seats.get(i + half) : null;
            rows.add(new String[] {names.of(seats.get(i).getKey()), record.attendeeName(seats.get(i).getValue()).orElse(""),
                    right == null ? "" : names.of(right.getKey()),
                    right == null ? "" : record.attendeeName(right.getValue()).orElse("")});
        }
        String seat = i18n.get("export.report.seat");
        String name = i18n.get("export.report.name");
        new ReportTable(pages, 9.5f, new String[] {seat, name, seat, name}, 0.3f, 0.2f, 0.3f, 0.2f).draw(rows);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static CheckInStatus checkIn(Map<String, Object> attendee) {
        return CheckInStatus.valueOf(attendee.get("check_in").toString());
    }

    private void tea(MeetingRecord record, ReportFigures figures, TeaCharts tea, ReportPages pages) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("export.report.tea"), 16);
        Map<ServiceEventKind, Integer> byKind = new EnumMap<>(ServiceEventKind.class);
        record.rows("service_event").forEach(e -> byKind.merge(ServiceEventKind.valueOf(e.get("kind").toString()), 1,
                Integer::sum));
        pages.line(i18n.format("export.report.rounds", figures.rounds(), record.rows("service_event").size()), 11, 0);
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, count) -> kinds.add(i18n.format("export.report.statusCount",
                i18n.get(rounds.of(kind)), count)));
        pages.line(String.join(i18n.get("export.report.listSeparator"), kinds), 10, 0);
        pages.gap(6);
        SeatNames names = new SeatNames(record, i18n);
        int seats = figures.tea().seats().size();
        pages.chart(tea.timeline(figures.tea(), names), Math.min(700, 110 + seats * 14f));
        pages.chart(tea.intervals(figures.tea()), 220);
    }
}
