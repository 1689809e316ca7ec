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
import java.util.List;
import java.util.stream.Stream;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.privacy.ConfidentialExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting a 涉密 meeting: refused without confirmation and without a passphrase (nothing written, nothing
 * logged); with both, one sealed file holds the export (no plain copy left), the export is logged with who,
 * when, what and where to, and {@code decrypt} reads it back with the passphrase and writes nothing with a
 * wrong one.
 */
@ExtendWith(EnglishLocale.class)
class ClassifiedExportTest {

    private static final String SEAL = "封存 口令 42";

    @TempDir
    Path dir;

    private Path data;
    private Path out;
    private StringWriter stdout;
    private StringWriter err;
    private final InputStream savedIn = System.in;

    @BeforeEach
    void classifiedSample() {
        data = dir.resolve("data");
        out = dir.resolve("out");
        assertThat(run(null, "sample", "--data-dir", data.toString())).isZero();
        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            Meeting sample = context.meetings().find(SampleMeeting.ID).orElseThrow();
            context.staff().staffing().of(sample.id()).forEach(line -> context.staff().staffing().remove(line.id()));
            context.meetings().save(new Meeting(sample.id(), sample.title(), sample.category(), sample.date(),
                    sample.startTime(), sample.plannedEndTime(), sample.venue(), sample.hostOrganisation(),
                    sample.organisingOrganisation(), Confidentiality.CLASSIFIED, sample.foreignAffairs(),
                    sample.expectedAttendees(), sample.contactPerson(), sample.contactPhone(), sample.notes(),
                    sample.agenda()));
            context.classifiedFolder().override("王主任", "会场内网，只作导出测试");
        }
    }

    @AfterEach
    void restoreStandardInput() {
        System.setIn(savedIn);
    }

    private int run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream((stdin == null ? "" : stdin + "\n").getBytes(StandardCharsets.UTF_8)));
        stdout = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(stdout), new PrintWriter(err), args);
    }

    private String[] export(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("export", "--data-dir", data.toString(), "--meeting",
                SampleMeeting.ID.toString(), "--format", "xlsx", "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void withoutConfirmationOrPassphraseNothingIsExportedOrLogged() throws Exception {
        assertThat(run(SEAL, export("--seal-passphrase-stdin"))).isEqualTo(1);
        assertThat(err.toString()).contains("--confirm-classified");
        assertThat(run(null, export("--confirm-classified"))).isEqualTo(1);
        assertThat(err.toString()).contains("sealed with a passphrase");

        assertThat(Files.exists(out) ? files(out) : List.<Path>of()).isEmpty();
        assertThat(log()).isEmpty();
    }

    @Test
    void aConfirmedExportIsSealedLoggedAndReadBackOnlyWithThePassphrase() throws Exception {
        assertThat(run(SEAL, export("--confirm-classified", "--seal-passphrase-stdin", "--by", "吕佳")))
                .as(err.toString()).isZero();

        List<Path> written = files(out);
        assertThat(written).hasSize(1);
        Path sealed = written.get(0);
        assertThat(sealed.getFileName().toString()).endsWith(".huiwu-sealed");
        assertThat(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1)).startsWith("HUIWU-SEALED-1\n")
                .as("no zip entry in the clear").doesNotContain("PK\u0003\u0004");
        List<ConfidentialExport> log = log();
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.exportedBy()).isEqualTo("吕佳");
            assertThat(entry.format()).isEqualTo("XLSX");
            assertThat(entry.destination()).isEqualTo(sealed.toAbsolutePath().toString());
            assertThat(entry.meetingId()).isEqualTo(SampleMeeting.ID);
        });

        Path opened = dir.resolve("opened");
        assertThat(run("not it", "decrypt", sealed.toString(), "--out", opened.toString(), "--passphrase-stdin"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("passphrase is wrong");
        assertThat(Files.exists(opened)).isFalse();

        assertThat(run(SEAL, "decrypt", sealed.toString(), "--out", opened.toString(), "--passphrase-stdin"))
                .as(err.toString()).isZero();
        assertThat(files(opened)).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).endsWith(".xlsx");
            assertThat(Files.readAllBytes(file)).startsWith((byte) 'P', (byte) 'K');
        });
    }

    private List<ConfidentialExport> log() {
        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            return context.confidentialExports(new I18n(java.util.Locale.ENGLISH)).logOf(SampleMeeting.ID);
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.sorted().toList();
        }
    }
}
