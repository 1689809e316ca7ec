package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.huiwu.SmallHeapJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.huiwu.logic.limits.InputLimits;

/**
 * An attendee file stops at {@link InputLimits#MAX_ATTENDEE_ROWS} rows and an .xlsx part at
 * {@link InputLimits#MAX_XLSX_PART_BYTES}; the largest file accepted imports within 512 MB of heap and a
 * huge sheet is refused within 256 MB, each proved in a child JVM with that heap.
 */
class ImportLimitsTest {

    private static final long CHILD_SECONDS = 300;

    @TempDir
    Path dir;

    private final AttendeeFileReader reader = new AttendeeFileReader();

    @Test
    void aListOfHalfAMillionRowsIsRefusedAtTheRowLimitWithoutParsingTheRest() throws Exception {
        Path file = LimitFiles.csv(dir.resolve("half-a-million.csv"), 500_000, 0);
        AtomicLong parsed = new AtomicLong();
        AtomicLong total = new AtomicLong();
        ImportMonitor monitor = new ImportMonitor((done, of) -> {
            parsed.set(done);
            total.set(of);
        }, () -> false);

        assertThat(Files.size(file)).isLessThan(InputLimits.MAX_ATTENDEE_FILE_BYTES);
        assertThatThrownBy(() -> reader.read(file, monitor)).isInstanceOfSatisfying(ImportFileException.class,
                e -> assertThat(e.problem()).isEqualTo(ImportProblem.ofFile(ImportProblemCode.TOO_MANY_ROWS,
                        InputLimits.MAX_ATTENDEE_ROWS)));
        assertThat(parsed.get()).as("characters parsed").isPositive().isLessThan(total.get() / 20);
    }

    @Test
    void aListOfTheRowLimitIsRead() throws Exception {
        Path file = LimitFiles.csv(dir.resolve("limit.csv"), InputLimits.MAX_ATTENDEE_ROWS, 0);

        assertThat(reader.read(file, ImportMonitor.none()).rows()).hasSize(InputLimits.MAX_ATTENDEE_ROWS + 1);
    }

    @Test
    void aSheetOfBlankRowsIsRefusedByItsUnpackedSize() throws Exception {
        Path file = LimitFiles.xlsx(dir, "blank-rows.xlsx", 4_000_000, true);

        assertThat(Files.size(file)).isLessThan(InputLimits.MAX_ATTENDEE_FILE_BYTES);
        assertThatThrownBy(() -> reader.read(file, ImportMonitor.none())).isInstanceOfSatisfying(
                ImportFileException.class, e -> assertThat(e.problem()).isEqualTo(ImportProblem.ofFile(
                        ImportProblemCode.SHEET_TOO_LARGE, InputLimits.MAX_XLSX_PART_BYTES / (1024 * 1024))));
    }

    @Test
    void aSmallWorkbookWithAHugeSheetIsRefusedWithinASmallHeap() throws Exception {
        Path file = LimitFiles.xlsx(dir, "huge-sheet.xlsx", 800_000, false);

        SmallHeapJvm.Result result = SmallHeapJvm.run(dir, "256m", "zh", CHILD_SECONDS, ImportProbe.class,
                dir.resolve("data-xlsx").toString(), file.toString());

        assertThat(Files.size(file)).isLessThan(InputLimits.MAX_ATTENDEE_FILE_BYTES);
        assertThat(result.output()).contains("REFUSED TOO_MANY_ROWS").doesNotContain("OutOfMemoryError");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theLargestAcceptedListImportsWithinHalfAGigabyteOfHeap() throws Exception {
        Path file = LimitFiles.largestAcceptedCsv(dir.resolve("largest.csv"));

        SmallHeapJvm.Result result = SmallHeapJvm.run(dir, "512m", "zh", CHILD_SECONDS, ImportProbe.class,
                dir.resolve("data-csv").toString(), file.toString());

        assertThat(Files.size(file)).isBetween(InputLimits.MAX_ATTENDEE_FILE_BYTES - 100_000,
                InputLimits.MAX_ATTENDEE_FILE_BYTES);
        assertThat(result.output()).contains("IMPORTED " + InputLimits.MAX_ATTENDEE_ROWS)
                .doesNotContain("OutOfMemoryError");
        assertThat(result.exitCode()).isZero();
    }
}
