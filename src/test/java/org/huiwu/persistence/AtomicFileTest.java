package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ExportFiles;
import org.huiwu.logic.export.ExportProblem;
import org.huiwu.logic.messages.FailureMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one atomic write and the one disk-full check: a complete write replaces the old file; a disk that fills
 * up midway leaves the old file as it was and no temporary file, and the user reads the disk-full sentence in
 * their language (export files and other files alike); no write on the FX thread.
 */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aCompleteWriteReplacesTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("座位表.csv");
        Files.writeString(target, "old");

        AtomicFile.onDisk().write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
        assertThat(filesIn(dir)).containsExactly("座位表.csv");
    }

    @Test
    void aFullDiskLeavesTheOldFileIntactAndSaysSoInTheUsersLanguage() throws IOException {
        Path target = dir.resolve("names.pdf");
        Files.writeString(target, "the old cards");

        Throwable failure = catchThrowable(() -> fullDiskAfter(10).write(target, AtomicFileTest::manyBytes));

        assertThat(failure).isInstanceOf(IOException.class);
        assertThat(DiskFull.causes(failure)).isTrue();
        assertThat(target).hasContent("the old cards");
        assertThat(filesIn(dir)).containsExactly("names.pdf");
        assertThat(message(failure, Locale.SIMPLIFIED_CHINESE)).startsWith("磁盘空间已满");
        assertThat(message(failure, Locale.ENGLISH)).startsWith("The disk is full");
    }

    @Test
    void anExportOnAFullDiskIsReportedAsDiskFullWithTheOldFileIntact() throws IOException {
        Path target = dir.resolve("meeting.xlsx");
        Files.writeString(target, "last week's export");

        ExportFailedException failure = (ExportFailedException) catchThrowable(() -> new ExportFiles(
                fullDiskAfter(10)::openTemp).write(target, AtomicFileTest::manyBytes));

        assertThat(failure.problem()).isEqualTo(ExportProblem.DISK_FULL);
        assertThat(target).hasContent("last week's export");
        assertThat(filesIn(dir)).containsExactly("meeting.xlsx");
        assertThat(new I18n(Locale.ENGLISH).format(failure.problem().messageKey(), target.toString()))
                .startsWith("The disk is full;");
        assertThat(new I18n(Locale.SIMPLIFIED_CHINESE).format(failure.problem().messageKey(), target.toString()))
                .startsWith("磁盘空间不足");
    }

    @Test
    void otherFailuresAreNotTakenForAFullDisk() {
        assertThat(DiskFull.causes(new IOException("Permission denied"))).isFalse();
        assertThat(DiskFull.causes(new RuntimeException("wrapped", new IOException("No space left on device"))))
                .isTrue();
    }

    @Test
    void writingOnTheFxThreadIsRefusedUnderTest() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread fx = new Thread(() -> failure.set(catchThrowable(() -> AtomicFile.onDisk().write(dir.resolve("x.txt"),
                out -> out.write(1)))), FxThreadGuard.FX_THREAD_NAME);
        fx.start();
        fx.join();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("x.txt");
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }

    @Test
    void aRuntimeFailureInTheContentAlsoLeavesNothing() throws IOException {
        Path target = dir.resolve("a.png");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.onDisk().write(target, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).containsExactly("a.png");
    }

    private static String message(Throwable failure, Locale locale) {
        return new FailureMessages(new I18n(locale), Database::problemOf).describe(failure);
    }

    private static void manyBytes(OutputStream out) throws IOException {
        out.write(new byte[200_000]);
    }

    private static String[] filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toArray(String[]::new);
        }
    }

    /** A writer whose streams fail as a full disk does after {@code limit} bytes. */
    private static FullDisk fullDiskAfter(long limit) {
        return new FullDisk(limit);
    }

    private static final class FullDisk {
        private final long limit;

        FullDisk(long limit) {
            this.limit = limit;
        }

        void write(Path target, AtomicFile.Content content) throws IOException {
            new AtomicFile(this::openTemp).write(target, content);
        }

        OutputStream openTemp(Path file) throws IOException {
            OutputStream real = Files.newOutputStream(file);
            return new OutputStream() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    written += length;
                    if (written > limit) {
                        throw new IOException("No space left on device");
                    }
                    real.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        }
    }
}
