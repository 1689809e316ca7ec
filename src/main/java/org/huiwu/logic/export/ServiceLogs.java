package org.huiwu.logic.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.huiwu.i18n.I18n;
import org.huiwu.i18n.ModelLabels;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.SkipReason;
import org.huiwu.logic.export.LogTable.LogColumn;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;

/**
 * Lays out the logs of a meeting for spreadsheets (one table per log: attendance, tea service, incidents,
 * incident history, left items, document copies) with headers in the user's language and times in the
 * local time zone. Immutable; thread-safe.
 */
public final class ServiceLogs {

    private final I18n i18n;
    private final ZoneId zone;

    public ServiceLogs(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    /**
     * The workbook's sheets: the summary sheet (概要: the report's key figures and what needs follow-up),
     * then the logs.
     */
    public List<LogTable> workbook(MeetingRecord record) {
        List<LogTable> sheets = new ArrayList<>();
        ReportSummaryPage summary = new ReportSummaryPage(i18n);
        ReportFigures figures = ReportFigures.of(record, i18n);
        List<List<Object>> rows = new ArrayList<>();
        summary.rows(figures).forEach(r -> rows.add(List.of(r[0], r[1])));
        rows.add(List.of(i18n.get("export.summary.followUp"), ""));
        summary.followUp(figures.followUp()).forEach(r -> rows.add(List.of(r[0], Integer.parseInt(r[1]))));
        sheets.add(new LogTable("summary", i18n.get("export.summary.title"),
                List.of(new LogTable.LogColumn(i18n.get("export.summary.figure"), 22),
                        new LogTable.LogColumn(i18n.get("export.summary.value"), 70)), rows));
        sheets.addAll(of(record));
        return sheets;
    }

    /** The meeting's logs, in the order they are shown (merge conflicts last, only when there are any). */
    public List<LogTable> of(MeetingRecord record) {
        List<LogTable> logs = new ArrayList<>(basic(record));
        textChecks(record).ifPresent(logs::add);
        new ConflictLog(i18n, zone).of(record).ifPresent(logs::add);
        return logs;
    }

    /** Which venue texts the meeting used and how each was checked; empty when it used none. */
    private java.util.Optional<LogTable> textChecks(MeetingRecord record) {
        TextCheckRows checks = new TextCheckRows(i18n, zone);
        List<List<Object>> rows = new ArrayList<>();
        for (TextCheckRows.Row row : checks.of(record)) {
            rows.add(List.of(row.kind(), row.item(), row.check().map(c -> (Object) c.get("clause")).orElse(""),
                    row.check().map(c -> (Object) c.get("checked_by")).orElse(""),
                    row.check().map(c -> (Object) checks.when(c)).orElse(i18n.get("sources.notChecked"))));
        }
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new LogTable("text-checks",
                i18n.get("sources.export.sheet"), List.of(new LogTable.LogColumn(i18n.get("sources.export.kind"), 18),
                        new LogTable.LogColumn(i18n.get("sources.export.item"), 24),
                        new LogTable.LogColumn(i18n.get("sources.export.clause"), 18),
                        new LogTable.LogColumn(i18n.get("sources.export.checkedBy"), 12),
                        new LogTable.LogColumn(i18n.get("sources.export.checkedAt"), 22)), rows));
    }

    private List<LogTable> basic(MeetingRecord record) {
        Map<String, String> names = new HashMap<>();
        record.rows("attendee").forEach(a -> names.put(a.get("id").toString(), a.get("name").toString()));
        Function<Object, Object> attendee = id -> id == null ? "" : names.getOrDefault(id.toString(), "");
        SeatNames seats = new SeatNames(record, i18n);
        List<LogTable> logs = new ArrayList<>(List.of(
                table(record.inReadingOrder("attendee"), "attendance", i18n.get("export.log.attendance"), new Col[] {
                    number("export.column.rank", "precedence"), text("export.column.name", 14, "name"), text("export.column.organisation", 24, "organisation"),
                    text("export.column.position", 20, "position"), labelled("export.column.role", 10, "role", v -> ModelLabels.key(AttendeeRole.valueOf(v))),
                    labelled("export.column.side", 8, "side", v -> ModelLabels.key(Side.valueOf(v))),
                    labelled("export.column.checkIn", 12, "check_in", v -> ModelLabels.key(CheckInStatus.valueOf(v))),
                    time("export.column.checkedInAt", "checked_in_at"), text("export.column.notes", 24, "notes")}),
                table(record.inReadingOrder("service_event"), "service", i18n.get("export.log.service"), new Col[] {
                    time("export.column.time", "occurred_at"), number("export.column.round", "round_number"),
                    seat(seats),
                    new Col("export.column.attendee", 14, r -> attendee.apply(r.get("attendee_id"))),
                    text("export.column.attendant", 12, "attendant"), labelled("export.column.kind", 12, "kind", v -> rounds.of(ServiceEventKind.valueOf(v))),
                    labelled("export.column.skipReason", 14, "skip_reason", v -> rounds.of(SkipReason.valueOf(v))), text("export.column.notes", 24, "note")}),
                table(record.inReadingOrder("incident"), "incidents", i18n.get("export.log.incidents"), incidentColumns(seats)),
                table(record.inReadingOrder("incident_version"), "incident-history", i18n.get("export.log.incidentHistory"),
                        new Col[] {time("export.column.time", "occurred_at"),
                            number("export.column.version", "version"), time("export.column.changedAt", "changed_at"),
                            text("export.column.changedBy", 12, "changed_by"),
                            new Col("export.column.changeKind", 12, r -> label(ChangeKind.valueOf(
                                    r.get("change_kind").toString()).labelKey())),
                            status(), text("export.column.description", 40, "description")}),
                table(record.inReadingOrder("left_item"), "left-items", i18n.get("export.log.leftItems"), new Col[] {
                    text("export.column.what", 20, "what"), text("export.column.foundWhere", 16, "found_where"),
                    seat(seats), time("export.column.foundAt", "found_at"),
                    text("export.column.foundBy", 12, "found_by"), text("export.column.handedTo", 12, "handed_to"),
                    time("export.column.handedAt", "handed_at"), text("export.column.returnedTo", 12, "returned_to"),
                    time("export.column.returnedAt", "returned_at")}),
                table(record.inReadingOrder("document_copy"), "documents", i18n.get("export.log.documents"), new Col[] {
                    text("export.column.document", 24, "title"), number("export.column.copyNumber", "copy_number"),
                    new Col("export.column.issuedTo", 14, r -> attendee.apply(r.get("issued_to"))),
                    time("export.column.issuedAt", "issued_at"), time("export.column.signedAt", "signed_at"),
                    time("export.column.recoveredAt", "recovered_at"),
                    text("export.column.recoveredBy", 12, "recovered_by")})));
        logs.add(new ChecklistLog(i18n, zone).of(record));
        logs.addAll(new FeedbackLogs(i18n, zone).of(record));
        logs.addAll(new StaffLogs(i18n, zone).of(record));
        logs.addAll(new FlowLogs(i18n, zone).of(record));
        return logs;
    }

    private Col[] incidentColumns(SeatNames seats) {
        return new Col[] {time("export.column.time", "occurred_at"),
            new Col("export.column.type", 16, r -> label(IncidentType.valueOf(r.get("type").toString()).labelKey())),
            new Col("export.column.severity", 8, r -> label(Severity.valueOf(r.get("severity").toString()).labelKey())),
            status(), text("export.column.location", 16, "location"), seat(seats),
            text("export.column.description", 40, "description"), text("export.column.reportedBy", 12, "reported_by"),
            time("export.column.closedAt", "closed_at"), number("export.column.version", "version")};
    }

    private final RoundLabels rounds = new RoundLabels();

    private Col status() {
        return new Col("export.column.status", 10,
                r -> label(IncidentStatus.valueOf(r.get("status").toString()).labelKey()));
    }

    private String label(String key) {
        return i18n.get(key);
    }

    private LogTable table(List<Map<String, Object>> source, String fileKey, String title, Col[] cols) {
        List<LogColumn> columns = new ArrayList<>();
        for (Col col : cols) {
            columns.add(new LogColumn(i18n.get(col.headerKey()), col.width()));
        }
        List<List<Object>> rows = new ArrayList<>(source.size());
        for (Map<String, Object> row : source) {
            List<Object> cells = new ArrayList<>(cols.length);
            for (Col col : cols) {
                cells.add(col.value().apply(row));
            }
            rows.add(cells);
        }
        return new LogTable(fileKey, title, columns, rows);
    }

    /** A column whose stored code is shown by its label in the user's language. */
    private Col labelled(String headerKey, int width, String column, Function<String, String> keyOfCode) {
        return new Col(headerKey, width, r -> r.get(column) == null ? "" : i18n.get(keyOfCode.apply(r.get(column).toString())));
    }

    private static Col seat(SeatNames seats) {
        return new Col("export.column.seat", 18, r -> seats.of(r.get("seat_key")));
    }

    private static Col text(String headerKey, int width, String column) {
        return new Col(headerKey, width, r -> r.get(column) == null ? "" : r.get(column).toString());
    }

    private static Col number(String headerKey, String column) {
        return new Col(headerKey, 8, r -> r.get(column));
    }

    private Col time(String headerKey, String column) {
        return new Col(headerKey, 19, r -> r.get(column) == null ? null
                : OffsetDateTime.parse(r.get(column).toString()).atZoneSameInstant(zone).toLocalDateTime());
    }

    /** The meeting's date, for file names and the report. */
    static LocalDate meetingDate(MeetingRecord record) {
        return LocalDate.parse(record.meetingText("meeting_date"));
    }

    private record Col(String headerKey, int width, Function<Map<String, Object>, Object> value) {
    }
}
