package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.huiwu.AppContext;
import org.huiwu.logic.export.BackupRestore;
import org.huiwu.logic.export.Backups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest: {@code encrypt} turns it on for a folder (backup first, unencrypted backups removed),
 * the file and its backups are encrypted, the right passphrase opens it, and a missing or wrong passphrase
 * opens nothing and changes no byte of the folder.
 */
@ExtendWith(EnglishLocale.class)
class EncryptionAtRestTest {

    private static final String PASSPHRASE = "会议 室 correct horse 7";

    @TempDir
    Path dir;

    private Path data;
    private StringWriter out;
    private StringWriter err;
    private final InputStream savedIn = System.in;

    @BeforeEach
    void encryptedSample() {
        data = dir.resolve("data");
        assertThat(run(null, "sample", "--data-dir", data.toString())).isZero();
        assertThat(run(null, "backup", "--data-dir", data.toString())).isZero();
        assertThat(run(PASSPHRASE, "encrypt", "--data-dir", data.toString(), "--passphrase-stdin"))
                .as(err.toString()).isZero();
    }

    @AfterEach
    void restoreStandardInput() {
        System.setIn(savedIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin + "\n").getBytes(StandardCharsets.UTF_8)));
        out = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theDatabaseAndItsBackupsAreEncryptedAndOpenWithThePassphrase() throws Exception {
        assertThat(header(data.resolve("huiwu.mv.db"))).startsWith("H2encrypt");
        assertThat(Backups.listIn(data)).hasSize(1);
        try (ZipFile backup = new ZipFile(Backups.listIn(data).get(0).toFile())) {
            try (InputStream db = backup.getInputStream(backup.getEntry("huiwu.mv.db"))) {
                assertThat(new String(db.readNBytes(9), StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
            }
        }
        assertThat(new String(Files.readAllBytes(data.resolve("huiwu.mv.db")), StandardCharsets.ISO_8859_1))
                .as("no table name in plain text").doesNotContain("flyway_schema_history").doesNotContain("ATTENDEE");

        assertThat(run(PASSPHRASE, "meetings", "--data-dir", data.toString(), "--passphrase-stdin"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).isNotBlank();

        Path elsewhere = dir.resolve("elsewhere");
        assertThat(BackupRestore.restore(Backups.listIn(data).get(0), elsewhere, PASSPHRASE)).isPositive();
    }

    @Test
    void aWrongPassphraseOpensNothingAndChangesNothing() throws Exception {
        Map<String, byte[]> before = contents(data);

        assertThat(run("not the passphrase", "meetings", "--data-dir", data.toString(), "--passphrase-stdin"))
                .isEqualTo(1);

        assertThat(err.toString()).contains("passphrase is wrong").contains("cannot be recovered");
        assertThat(out.toString()).isEmpty();
        Map<String, byte[]> after = contents(data);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void whileTheWindowHoldsTheFolderACommandNeedsTheRightPassphraseToo() {
        try (AppContext held = AppContext.open(data, Clock.systemUTC(), Duration.ZERO, () -> { }, PASSPHRASE)) {
            assertThat(run("not the passphrase", "meetings", "--data-dir", data.toString(), "--passphrase-stdin"))
                    .isEqualTo(1);
            assertThat(err.toString()).contains("passphrase is wrong");

            assertThat(run(PASSPHRASE, "meetings", "--data-dir", data.toString(), "--passphrase-stdin"))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).isNotBlank();
        }
    }

    @Test
    void withoutAPassphraseTheCommandSaysHowToGiveOne() throws Exception {
        Map<String, byte[]> before = contents(data);

        assertThat(run(null, "meetings", "--data-dir", data.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("--passphrase-stdin").contains("HUIWU_PASSPHRASE");
        assertThat(contents(data).keySet()).isEqualTo(before.keySet());
        assertThat(contents(data).get("huiwu.mv.db")).isEqualTo(before.get("huiwu.mv.db"));
    }

    private static String header(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(16), StandardCharsets.ISO_8859_1);
        }
    }

    /** Every regular file under the folder (but the command turn file, which only ever holds a lock) by name. */
    private static Map<String, byte[]> contents(Path folder) throws Exception {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().equals(CommandTurn.TURN_FILE)
                        && !file.startsWith(folder.resolve("logs"))) {
                    all.put(folder.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
        }
        return all;
    }
}
