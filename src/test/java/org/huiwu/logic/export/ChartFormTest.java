package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.logic.seating.print.CjkFont;
import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A chart in a report ({@link ChartForm}, through {@link ReportPages#chart}): drawn onto the page as one PDF form
 * whose text (the title) is in the document, below the cursor, which moves down past it.
 */
class ChartFormTest {

    @Test
    void aChartIsPlacedOnThePageAsAFormWithItsTextBelowTheCursor() throws Exception {
        CjkFont font;
        try {
            font = new CjkFontLocator().locate();
        } catch (PrintFailedException e) {
            Assumptions.abort("No Chinese font on this machine");
            return;
        }
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue("On time", 7);
        data.setValue("Overdue", 2);
        JFreeChart chart = ChartFactory.createPieChart("Refills 续水", data, false, false, false);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); ReportPages pages = new ReportPages(document, font)) {
            pages.newPage();
            float top = pages.y();
            chart.getTitle().setFont(pages.chartFont().deriveFont(12f));
            pages.chart(chart, 200);
            assertThat(pages.y()).isEqualTo(top - 208);
            pages.finish("", (page, count) -> "", null);
            document.save(pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDPage page = document.getPage(0);
            assertThat(page.getResources().getXObjectNames()).singleElement()
                    .satisfies(name -> assertThat(page.getResources().getXObject(name)).isInstanceOf(PDFormXObject.class));
            assertThat(new PDFTextStripper().getText(document)).contains("Refills");
        }
    }
}
