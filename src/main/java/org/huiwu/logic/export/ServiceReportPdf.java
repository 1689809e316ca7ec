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
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.huiwu.logic.seating.print.SeatChart;
import org.huiwu.logic.seating.print.SeatChartPdf;

/**
 * The service report (会议服务记录) of one meeting as PDF: cover, attendance, seats, tea-service summary,
 * incidents with their procedure steps and history, left items; page numbers, the generation time and
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

    public ServiceReportPdf(ExportFiles files, I18n i18n, CjkFontLocator fonts, Clock clock, String exportedBy,
            Function<UUID, Optional<SeatChart>> charts) {
        this.charts = charts;
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
            cover(record, pages);
            monitor.step(1, 4);
            attendanceAndSeats(record, pages);
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
            monitor.step(2, 4);
            tea(record, pages);
            new ReportIncidents(i18n, clock.getZone()).write(record, pages);
            new ReportChecklists(i18n, clock.getZone()).write(record, pages);
            new ReportFeedback(i18n, clock.getZone()).write(record, pages);
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

    private void cover(MeetingRecord record, ReportPages pages) throws IOException {
        pages.newPage();
        pages.gap(120);
        pages.heading(i18n.get("export.report.title"), 24);
        pages.heading(record.meetingText("title"), 18);
        pages.gap(20);
        pages.line(i18n.format("export.report.date", record.meetingText("meeting_date")), 12, 0);
        pages.line(i18n.format("export.report.venue", record.meetingText("venue")), 12, 0);
        pages.line(i18n.format("export.report.organisers", record.meetingText("host_organisation"),
                record.meetingText("organising_organisation")), 12, 0);
        String level = switch (record.meetingText("confidentiality")) {
            case "CLASSIFIED" -> i18n.get("meeting.confidentiality.classified");
            case "INTERNAL" -> i18n.get("meeting.confidentiality.internal");
            default -> i18n.get("meeting.confidentiality.ordinary");
        };
        pages.line(i18n.format("export.report.confidentiality", level), 12, 0);
    }

    private void attendanceAndSeats(MeetingRecord record, ReportPages pages) throws IOException {
        pages.newPage();
        pages.heading(i18n.get("export.report.attendance"), 16);
        Map<CheckInStatus, Integer> byStatus = new EnumMap<>(CheckInStatus.class);
        record.rows("attendee").forEach(a -> byStatus.merge(checkIn(a), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        byStatus.forEach((status, count) -> counts.add(i18n.format("export.report.statusCount",
                i18n.get(ModelLabels.key(status)), count)));
        pages.line(i18n.format("export.report.attendanceCounts", record.rows("attendee").size(),
                String.join(i18n.get("export.report.listSeparator"), counts)), 11, 0);
        for (Map<String, Object> a : record.inReadingOrder("attendee")) {
            pages.line(i18n.format("export.report.attendee", a.get("name"), a.get("organisation"),
                    a.get("position"), i18n.get(ModelLabels.key(checkIn(a)))), 10, 12);
        }
        pages.gap(10);
        pages.heading(i18n.get("export.report.seats"), 16);
        SeatNames names = new SeatNames(record, i18n);
        Map<String, Object> occupants = new TreeMap<>(names.order());
        record.rows("seat_assignment").forEach(seat -> occupants.put(seat.get("seat_key").toString(),
                seat.get("attendee_id")));
        if (occupants.isEmpty()) {
            pages.line(i18n.get("export.report.none"), 10, 12);
        }
        for (Map.Entry<String, Object> seat : occupants.entrySet()) {
            pages.line(i18n.format("export.report.seat", names.of(seat.getKey()),
                    record.attendeeName(seat.getValue()).orElse("")), 10, 12);
        }
    }

    private static CheckInStatus checkIn(Map<String, Object> attendee) {
        return CheckInStatus.valueOf(attendee.get("check_in").toString());
    }

    private void tea(MeetingRecord record, ReportPages pages) throws IOException {
        pages.gap(10);
        pages.heading(i18n.get("export.report.tea"), 16);
        Map<ServiceEventKind, Integer> byKind = new EnumMap<>(ServiceEventKind.class);
        record.rows("service_event").forEach(e -> byKind.merge(ServiceEventKind.valueOf(e.get("kind").toString()), 1,
                Integer::sum));
        pages.line(i18n.format("export.report.rounds", record.rows("service_round").size(),
                record.rows("service_event").size()), 11, 0);
        for (Map.Entry<ServiceEventKind, Integer> kind : byKind.entrySet()) {
            pages.line(i18n.format("export.report.teaKind", i18n.get(rounds.of(kind.getKey())),
                    kind.getValue()), 10, 12);
        }
    }
}
