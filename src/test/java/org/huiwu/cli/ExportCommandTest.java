package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.huiwu.logic.sample.SampleMeeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}, {@code verify}, {@code merge}, {@code backup} and {@code restore} with their exit codes. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void sample() {
        assertThat(run("sample", "--data-dir", data("a"))).isZero();
    }

    private String data(String name) {
        return dir.resolve(name).toString();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path[] filesIn(String folder) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve(folder))) {
            return files.sorted().toArray(Path[]::new);
        }
    }

    @Test
    void exportsAMeetingByIdAndByDateRange() throws Exception {
        assertThat(run("export", "--data-dir", data("a"), "--meeting", SampleMeeting.ID.toString(), "--format", "xlsx",
                "--out", data("x"))).as(err.toString()).isZero();
        assertThat(filesIn("x")).hasSize(1);
        assertThat(run("export", "--data-dir", data("a"), "--from", "2000-01-01", "--to", "2100-12-31", "--format",
                "csv", "--out", data("c"))).as(err.toString()).isZero();
        assertThat(filesIn("c")).hasSize(11);
        assertThat(out.toString()).contains("11");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("export", "--data-dir", data("a"), "--format", "xlsx", "--out", data("x"))).isEqualTo(2);
        assertThat(run("export", "--data-dir", data("a"), "--meeting", SampleMeeting.ID.toString(), "--format",
                "doc", "--out", data("x"))).isEqualTo(2);
    }

    @Test
    void anEmptyRangeFailsWithOneLine() {
        assertThat(run("export", "--data-dir", data("a"), "--from", "1990-01-01", "--to", "1990-01-02", "--format",
                "bundle", "--out", data("x"))).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("1990-01-01");
    }

    @Test
    void verifiesAndMergesABundleAndRefusesATamperedOne() throws Exception {
        assertThat(run("export", "--data-dir", data("a"), "--meeting", SampleMeeting.ID.toString(), "--format",
                "bundle", "--out", data("b"))).isZero();
        Path bundle = filesIn("b")[0];
        assertThat(run("verify", bundle.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains(SampleMeeting.ID.toString());
        assertThat(run("merge", "--data-dir", data("empty"), bundle.toString())).as(err.toString()).isZero();
        assertThat(run("merge", "--data-dir", data("empty"), bundle.toString())).isZero();
        assertThat(out.toString()).contains(" 0 ");
        byte[] bytes = Files.readAllBytes(bundle);
        Path cut = Files.write(dir.resolve("cut.huiwu"), Arrays.copyOf(bytes, bytes.length - 100));
        assertThat(run("verify", cut.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cut.huiwu").doesNotContain("Exception");
        assertThat(run("merge", "--data-dir", data("other"), cut.toString())).isEqualTo(1);
    }

    @Test
    void backsUpAndRestores() throws Exception {
        assertThat(run("backup", "--data-dir", data("a"), "--keep", "3")).as(err.toString()).isZero();
        Path backup = filesIn("a/backups")[0];
        assertThat(run("restore", "--data-dir", data("fresh"), backup.toString())).as(err.toString()).isZero();
        assertThat(run("meetings", "--data-dir", data("fresh"))).isZero();
        assertThat(out.toString()).contains(SampleMeeting.ID.toString());
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a zip");
        assertThat(run("restore", "--data-dir", data("fresh"), junk.toString())).isEqualTo(1);
    }
}
