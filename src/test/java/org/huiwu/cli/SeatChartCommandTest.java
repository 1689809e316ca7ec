package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seat-chart} on the sample meeting: PDF, PNG and XLSX, and its exit codes. Not thread-safe. */
class SeatChartCommandTest {

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void sample() {
        assertThat(run("sample", "--data-dir", dir.resolve("data").toString())).isZero();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private int chart(String file, String... more) {
        String[] base = {"seat-chart", "--data-dir", dir.resolve("data").toString(), "--meeting",
            SampleMeeting.ID.toString(), "--out", dir.resolve(file).toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    @Test
    void writesThePdfChartOfTheSampleMeeting() throws Exception {
        assertThat(chart("chart.pdf", "--view", "podium")).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("chart.pdf");
        try (PDDocument document = Loader.loadPDF(dir.resolve("chart.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("市政府第28次常务会议", "王建国", "孙玉兰");
        }
    }

    @Test
    void writesAPngAndASeatList() throws Exception {
        assertThat(chart("chart.png", "--width", "900")).as(err.toString()).isZero();
        assertThat(ImageIO.read(dir.resolve("chart.png").toFile()).getWidth()).isEqualTo(900);
        assertThat(chart("seats.xlsx")).as(err.toString()).isZero();
        assertThat(dir.resolve("seats.xlsx")).isNotEmptyFile();
    }

    @Test
    void badUsageEndsWithExitCodeTwo() {
        assertThat(chart("chart.doc")).isEqualTo(2);
        assertThat(err.toString()).contains("chart.doc");
        assertThat(chart("chart.pdf", "--view", "sideways")).isEqualTo(2);
        assertThat(dir.resolve("chart.pdf")).doesNotExist();
    }

    @Test
    void aMeetingWithoutAPlanFailsWithOneLine() {
        UUID id = UUID.randomUUID();
        try (AppContext context = AppContext.open(dir.resolve("data"), Clock.systemDefaultZone())) {
            context.meetings().save(Meeting.blank(id, "无座次的会议", LocalDate.of(2026, 12, 1)));
        }
        int exit = run("seat-chart", "--data-dir", dir.resolve("data").toString(), "--meeting", id.toString(),
                "--out", dir.resolve("none.pdf").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).contains("无座次的会议").doesNotContain("\n").doesNotContain("Exception");
        assertThat(dir.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void anUnknownMeetingFails() {
        int exit = run("seat-chart", "--data-dir", dir.resolve("data").toString(), "--meeting",
                UUID.randomUUID().toString(), "--out", dir.resolve("x.pdf").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isNotEmpty().doesNotContain("\n");
    }
}
