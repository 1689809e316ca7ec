package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.huiwu.logic.export.Signer;
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
        assertThat(filesIn("c")).hasSize(19);
        assertThat(out.toString()).contains("19");
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
    void bundlesAreSignedWithThePrivateKeyKeptPrivateAndANewSignerIsTrustedOnFirstUse() throws Exception {
        assertThat(run("export", "--data-dir", data("a"), "--meeting", SampleMeeting.ID.toString(), "--format",
                "bundle", "--out", data("b"), "--signer", "吕佳")).as(err.toString()).isZero();
        Path bundle = filesIn("b")[0];
        Path keyFile = dir.resolve("a").resolve("keys").resolve("signing-key.properties");
        Properties key = new Properties();
        try (var in = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8)) {
            key.load(in);
        }
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())))
                    .isEqualTo("rwx------");
        }
        byte[] privateKey = Base64.getDecoder().decode(key.getProperty("privateKey"));
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(text).as(entry.getName()).doesNotContain(key.getProperty("privateKey"))
                        .doesNotContain(new String(privateKey, StandardCharsets.ISO_8859_1));
            }
        }
        String fingerprint = new Signer(UUID.fromString(key.getProperty("id")), "吕佳", key.getProperty("publicKey"))
                .fingerprint();
        assertThat(run("verify", bundle.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("吕佳", fingerprint);
        assertThat(run("merge", "--data-dir", data("empty"), bundle.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("吕佳", fingerprint);
        assertThat(run("merge", "--data-dir", data("empty"), bundle.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain(fingerprint);
        assertThat(run("merge", "--help")).isZero();
        assertThat(out.toString()).contains("--allow-unsigned", "marked unsigned");
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
