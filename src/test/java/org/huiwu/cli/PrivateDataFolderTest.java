package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.incidents.IncidentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file and folder the app creates for a user is private to that user: the data folder and all in it
 * (database, lock and trace files while it is open, its secret, backups, attachments, the command turn file,
 * the command log), the
 * exports of each format and the print files, checked by walking the trees after running the app's main paths.
 */
class PrivateDataFolderTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return HuiwuCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void everyFileTheAppMakesIsReadableByItsUserOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        String meeting = SampleMeeting.ID.toString();
        assertThat(run("sample", "--data-dir", data.toString())).as(err.toString()).isZero();
        for (String format : List.of("xlsx", "csv", "bundle")) {
            assertThat(run("export", "--data-dir", data.toString(), "--meeting", meeting, "--format", format,
                    "--out", out.resolve(format).toString())).as(err.toString()).isZero();
        }
        assertThat(run("seat-chart", "--data-dir", data.toString(), "--meeting", meeting,
                "--out", out.resolve("print/chart.png").toString())).as(err.toString()).isZero();
        assertThat(run("backup", "--data-dir", data.toString())).as(err.toString()).isZero();
        Path photo = Files.write(dir.resolve("photo.png"), PNG_HEAD);
        Path log = data.resolve("logs").resolve(CliLog.FILE);
        CliLog.createPrivate(log);
        try (var appender = new java.io.FileOutputStream(log.toFile(), true)) {
            appender.write("the logger appends as logback does\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        List<String> whileOpen;
        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            var incident = context.incidents().log().report(SampleMeeting.ID, IncidentType.MEDICAL_EMERGENCY, "吕佳");
            context.incidents().attachments().attach(incident.id(), photo, "吕佳");
            context.backups(10).backUp();
            whileOpen = notPrivate(data);
            assertThat(Files.exists(data.resolve("huiwu.lock.db"))).isTrue();
        }

        assertThat(whileOpen).as("open data folder").isEmpty();
        assertThat(notPrivate(data)).as("data folder").isEmpty();
        assertThat(count(data.resolve("attachments"))).isGreaterThan(1);
        assertThat(count(data.resolve("backups"))).isGreaterThan(2);
        assertThat(Files.size(log)).isPositive();
        assertThat(data.resolve("huiwu.secret")).exists();
        assertThat(notPrivate(out)).as("exports and print files").isEmpty();
        assertThat(count(out)).isGreaterThan(5);
    }

    @Test
    void aDataFolderMadeReadableByAnOlderVersionIsClosedWhenOpened() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path data = dir.resolve("old");
        assertThat(run("sample", "--data-dir", data.toString())).as(err.toString()).isZero();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }

        AppContext.open(data, Clock.systemUTC()).close();

        assertThat(notPrivate(data)).isEmpty();
    }

    /** The files and folders under the root (itself included) that anyone but the owner may use. */
    private static List<String> notPrivate(Path root) throws Exception {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                String granted = PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                if (!granted.endsWith("------")) {
                    open.add(root.relativize(path) + " " + granted);
                }
            }
        }
        return open;
    }

    private static long count(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.count();
        }
    }
}
