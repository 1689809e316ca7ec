package org.huiwu.logic.attendees.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000-row files: speed, progress every check interval, and cooperative cancellation. */
class LargeImportTest {

    private static final int ROWS = 10_000;

    @TempDir
    Path dir;

    private final AttendeeFileReader reader = new AttendeeFileReader();
    private final ImportVocabulary vocabulary = new ImportVocabulary();
    private final AttendeeImportPreviewer previewer = new AttendeeImportPreviewer(vocabulary);

    private Path bigGbkCsv() throws Exception {
        StringBuilder csv = new StringBuilder("序号,姓名,工作单位,职务,类别\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(i).append(",代表").append(i).append(",第").append(i % 50).append("代表团,团员,代表\r\n");
        }
        return ImportFixtures.text(dir, "big.csv", csv.toString(), Charset.forName("GB18030"));
    }

    @Test
    void readsAndChecksTenThousandRows() throws Exception {
        Path file = bigGbkCsv();
        SourceTable table = reader.read(file, ImportMonitor.none());
        AttendeeImportPreview preview = previewer.preview(table, vocabulary.recognise(table), Set.of(), ImportMonitor.none());

        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.attendees(UUID.randomUUID(), UUID::randomUUID)).hasSize(ROWS);
        assertThat(preview.rows().get(ROWS - 1).rowNumber()).isEqualTo(ROWS + 1);
    }

    @Test
    void reportsProgressEveryCheckIntervalAndAtTheEnd() throws Exception {
        SourceTable table = reader.read(bigGbkCsv(), ImportMonitor.none());
        List<long[]> reports = new ArrayList<>();

        previewer.preview(table, vocabulary.recognise(table), Set.of(),
                new ImportMonitor((done, total) -> reports.add(new long[] {done, total}), () -> false));

        assertThat(reports).hasSize(ROWS / ImportMonitor.CHECK_INTERVAL + 1);
        assertThat(reports.get(0)).containsExactly(200, ROWS);
        assertThat(reports.get(reports.size() - 1)).containsExactly(ROWS, ROWS);
    }

    @Test
    void stopsReadingWhenCancelled() throws Exception {
        Path file = bigGbkCsv();
        AtomicLong lastDone = new AtomicLong();
        ImportMonitor monitor = new ImportMonitor((done, total) -> lastDone.set(done), () -> lastDone.get() > 0);

        assertThatThrownBy(() -> reader.read(file, monitor)).isInstanceOf(CancellationException.class);
        assertThat(lastDone.get()).isPositive();
    }

    @Test
    void stopsCheckingWhenCancelled() throws Exception {
        SourceTable table = reader.read(bigGbkCsv(), ImportMonitor.none());
        AtomicLong checks = new AtomicLong();
        ImportMonitor monitor = new ImportMonitor((done, total) -> { }, () -> checks.incrementAndGet() > 3);

        assertThatThrownBy(() -> previewer.preview(table, vocabulary.recognise(table), Set.of(), monitor))
                .isInstanceOf(CancellationException.class);
        assertThat(checks.get()).isEqualTo(4);
    }

    private Path bigXlsx() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("位次", "姓名"));
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(i, "代表" + i));
        }
        return ImportFixtures.xlsx(dir, "big.xlsx", "名单", rows);
    }

    @Test
    void stopsReadingXlsxWhenCancelled() throws Exception {
        Path file = bigXlsx();
        AtomicLong lastDone = new AtomicLong();
        ImportMonitor monitor = new ImportMonitor((done, total) -> lastDone.set(done), () -> lastDone.get() > 0);

        assertThatThrownBy(() -> reader.read(file, monitor)).isInstanceOf(CancellationException.class);
        assertThat(lastDone.get()).isEqualTo(ImportMonitor.CHECK_INTERVAL);
    }

    @Test
    void readsTenThousandRowXlsxWithProgress() throws Exception {
        Path file = bigXlsx();
        List<Long> reports = new ArrayList<>();

        SourceTable table = reader.read(file, new ImportMonitor((done, total) -> reports.add(total), () -> false));

        assertThat(table.rows()).hasSize(ROWS + 1);
        assertThat(table.rows().get(ROWS).cells()).containsExactly(String.valueOf(ROWS), "代表" + ROWS);
        assertThat(reports).isNotEmpty().allMatch(total -> total == ROWS + 1);
    }
}
