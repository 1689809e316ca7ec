package org.huiwu.logic.attendees.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.attendees.AttendeeImport;

/**
 * A child-JVM main for the limit tests: imports one attendee file into a new meeting of a new data folder as
 * the window and the {@code import} command do (read, check, write), then prints {@code IMPORTED <n>} or
 * {@code REFUSED <problem code>}, and {@code PEAK_HEAP_MB <n>} (the sum of the heap pools' peaks: an upper
 * bound). Arguments: data folder, file. Test code; one thread.
 */
public final class ImportProbe {

    private ImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (AppContext context = AppContext.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            var meeting = context.meetings().save(Fixtures.meeting("大名单导入", LocalDate.of(2026, 5, 12)));
            AttendeeImport importer = context.attendeeImport();
            try {
                SourceTable table = importer.read(Path.of(args[1]), null, ImportMonitor.none());
                AttendeeImportPreview preview = importer.preview(meeting.id(), table, importer.recognise(table),
                        ImportMonitor.none());
                System.out.println("IMPORTED " + importer.commit(meeting.id(), preview));
            } catch (ImportFileException e) {
                System.out.println("REFUSED " + e.problem().code());
            }
        }
        System.out.println("PEAK_HEAP_MB " + peakHeapMegabytes());
    }

    /** The sum of the heap pools' peak use in MB: an upper bound of the peak heap. */
    static long peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
