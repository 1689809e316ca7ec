package org.huiwu.logic.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.persistence.MeetingTables;

/**
 * The one export used by the window and the command line: reads each chosen meeting in one transaction
 * and writes it in the chosen format into a folder (XLSX: one workbook per meeting; CSV: one file per
 * log; bundle: one sealed file per meeting). Progress spans all meetings; a cancel or failure removes
 * the partial file. Stateless apart from its collaborators; call from a background thread.
 */
public final class MeetingExports {

    /** The collaborators an export writes with. */
    public record Writers(XlsxExporter xlsx, CsvExporter csv, BundleWriter bundle, ServiceReportWriter pdf) {
    }

    /** Writes the service report of one meeting; implemented by the PDF report. */
    @FunctionalInterface
    public interface ServiceReportWriter {
        void write(MeetingRecord record, Path file, ExportMonitor monitor);
    }

    private static final int SCALE = 1000;

    private final MeetingTables tables;
    private final ServiceLogs logs;
    private final Writers writers;

    public MeetingExports(MeetingTables tables, I18n i18n, Clock clock, Writers writers) {
        this.tables = tables;
        this.logs = new ServiceLogs(i18n, clock.getZone());
        this.writers = writers;
    }

    /** The ids of the meetings held between the two dates, inclusive. */
    public List<UUID> meetingsBetween(LocalDate from, LocalDate to) {
        return tables.meetingsBetween(from, to);
    }

    /** Everything stored for the meeting. */
    public MeetingRecord record(UUID meetingId) {
        return new MeetingRecord(meetingId, tables.read(meetingId));
    }

    /** Exports the meetings into the folder and returns the files written, in order. */
    public List<Path> export(List<UUID> meetingIds, ExportFormat format, Path folder, ExportMonitor monitor) {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < meetingIds.size(); i++) {
            int index = i;
            long total = (long) SCALE * meetingIds.size();
            ExportMonitor part = new ExportMonitor((done, all) -> monitor.progress().update(
                    (long) index * SCALE + (all == 0 ? SCALE : done * SCALE / all), total), monitor.cancelled());
            part.step(0, 1);
            MeetingRecord record = record(meetingIds.get(i));
            String base = ExportNames.baseName(record);
            switch (format) {
                case XLSX -> write(folder.resolve(base + format.extension()), written,
                        file -> writers.xlsx().write(logs.workbook(record), file, part));
                case CSV -> {
                    for (LogTable log : logs.of(record)) {
                        write(folder.resolve(base + "-" + log.fileKey() + format.extension()), written,
                                file -> writers.csv().write(log, file, part));
                    }
                }
                case PDF -> write(folder.resolve(base + format.extension()), written,
                        file -> writers.pdf().write(record, file, part));
                case BUNDLE -> write(folder.resolve(base + format.extension()), written,
                        file -> writers.bundle().write(record, file, part));
                default -> throw new IllegalArgumentException(format.name());
            }
        }
        return written;
    }

    private static void write(Path file, List<Path> written, java.util.function.Consumer<Path> writer) {
        writer.accept(file);
        written.add(file);
    }
}
