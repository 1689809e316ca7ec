package org.huiwu.bench;

import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.importing.AttendeeImportPreview;
import org.huiwu.logic.attendees.importing.ImportMonitor;
import org.huiwu.logic.attendees.importing.LimitFiles;
import org.huiwu.logic.attendees.importing.SourceTable;
import org.huiwu.persistence.Database;

/**
 * Attendee import of 10,000 rows (about 0.5 MB) and of the largest file accepted (10,000 rows, 20 MB): the
 * app's import (read, check, write into a new meeting) against its floor on equal work, commons-csv parsing
 * the same file into a list plus a bare JDBC batch insert of the same rows in one transaction into the same
 * schema. Reports wall time and peak heap (the sum of the heap pools' peaks after a collection and a reset:
 * an upper bound that counts garbage not yet collected, the same way for both). Opening the data folder and
 * making the meeting are not timed: the window imports into an open one. {@code mvn -Pbench
 * test-compile exec:exec -Dbench.main=org.huiwu.bench.ImportBench -Dbench.args=}. The first round warms up
 * and is not counted; later rounds alternate which side runs first. Single-threaded.
 */
public final class ImportBench {

    private static final int ROUNDS = 4;
    private static final Map<String, List<long[]>> RESULTS = new TreeMap<>();
    private static final String INSERT = "INSERT INTO attendee (id, meeting_id, name, organisation, position, precedence,"
            + " role, side, check_in, notes) VALUES (?, ?, ?, ?, ?, ?, 'DELEGATE', 'NONE', 'EXPECTED', '')";

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("huiwu-import-bench");
        Path small = LimitFiles.csv(folder.resolve("10000.csv"), 10_000, 50);
        Path largest = LimitFiles.largestAcceptedCsv(folder.resolve("largest.csv"));
        for (int round = 0; round < ROUNDS; round++) {
            for (Path file : List.of(small, largest)) {
                String size = String.format("%-13s", file.getFileName() + " " + Files.size(file) / 1024 + " KB");
                Path appData = folder.resolve("app-" + round + "-" + file.getFileName());
                Path floorData = folder.resolve("floor-" + round + "-" + file.getFileName());
                int counted = round;
                Runnable app = () -> app(counted, size + " app  ", appData, file);
                Runnable floor = () -> floor(counted, size + " floor", floorData, file);
                (round % 2 == 0 ? List.of(app, floor) : List.of(floor, app)).forEach(Runnable::run);
            }
        }
        RESULTS.forEach((what, runs) -> {
            List<Long> millis = runs.stream().map(r -> r[0]).sorted().toList();
            List<Long> peaks = runs.stream().map(r -> r[1]).sorted().toList();
            System.out.printf("%s  wall best %6d ms median %6d ms   peak heap median %5d MB max %5d MB%n", what,
                    millis.get(0), millis.get(millis.size() / 2), peaks.get(peaks.size() / 2),
                    peaks.get(peaks.size() - 1));
        });
    }

    @FunctionalInterface
    private interface Work {
        int run() throws Exception;
    }

    private static void measure(int round, String what, Work work) {
        try {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            int rows = work.run();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
            System.out.printf("round %d  %s  %6d rows  %6d ms  peak heap %5d MB%n", round, what, rows, millis, peak);
            if (round > 0) {
                RESULTS.computeIfAbsent(what, k -> new ArrayList<>()).add(new long[] {millis, peak});
            }
        } catch (Exception e) {
            throw new IllegalStateException(what, e);
        }
    }

    /** A new meeting in a new data folder. */
    private static UUID meeting(AppContext context) {
        return context.meetings().save(Fixtures.meeting("导入测速", LocalDate.of(2026, 5, 12))).id();
    }

    /** The app's import into an open data folder: read, check against the meeting, write in one transaction. */
    private static void app(int round, String what, Path data, Path file) {
        try (AppContext context = AppContext.open(data, Clock.systemDefaultZone())) {
            UUID meeting = meeting(context);
            measure(round, what, () -> {
                AttendeeImport importer = context.attendeeImport();
                SourceTable table = importer.read(file, null, ImportMonitor.none());
                AttendeeImportPreview preview = importer.preview(meeting, table, importer.recognise(table),
                        ImportMonitor.none());
                return importer.commit(meeting, preview);
            });
        }
    }

    /** The floor into an open database: commons-csv into a list, then one JDBC batch in one transaction. */
    private static void floor(int round, String what, Path data, Path file) {
        UUID meeting;
        try (AppContext context = AppContext.open(data, Clock.systemDefaultZone())) {
            meeting = meeting(context);
        }
        try (Database database = Database.open(data)) {
            measure(round, what, () -> {
                List<List<String>> rows = new ArrayList<>();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
                    for (CSVRecord record : parser) {
                        rows.add(record.toList());
                    }
                }
                return database.jdbi().inTransaction(handle -> insert(handle.getConnection(), meeting, rows));
            });
        }
    }

    private static int insert(Connection connection, UUID meeting, List<List<String>> rows) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (List<String> row : rows.subList(1, rows.size())) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, meeting);
                insert.setString(3, row.get(1));
                insert.setString(4, row.get(2));
                insert.setString(5, row.get(3));
                insert.setInt(6, Integer.parseInt(row.get(0)));
                insert.addBatch();
            }
            return insert.executeBatch().length;
        }
    }
}
