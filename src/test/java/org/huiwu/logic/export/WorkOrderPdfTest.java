package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.AppContext;
import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's work-order sheet as PDF with the CJK font: its requirements and confirmation, rendered by pdftoppm. */
class WorkOrderPdfTest {

    @TempDir
    Path dir;

    @Test
    void theSheetListsTheRequirementsAndTheConfirmationAndRenders() throws Exception {
        ExternalTools.requireCjkFont();
        Path pdf = dir.resolve("work-order.pdf");
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            var id = context.sampleMeeting().ensure();
            new WorkOrderPdf(ExportFixture.ZH, ExportFixture.CLOCK).write(context.exports(ExportFixture.ZH).record(id), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("服务通知单", "市政府第28次常务会议", "会议室：市行政中心1号会议室", "花草：否",
                    "有线话筒：4", "主办方确认人：吕佳（主办单位联系人）");
        }
        Path out = Files.createDirectories(Path.of("target/flow-ui"));
        ExternalTools.renderPage(pdf, 1, 70, out.resolve("work-order.png"));
        assertThat(out.resolve("work-order.png").toFile().length()).isGreaterThan(1000);
    }
}
