package org.huiwu.ui.seating;

import java.awt.image.BufferedImage;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.DialogService;

/**
 * Sends the seat chart to a system printer through the printer dialog, scaled to fit the paper chosen
 * there (turned to the chart's shape). The chart image is the same one the PNG export writes. FX thread
 * only.
 */
final class SeatChartPrinting {

    private SeatChartPrinting() {
    }

    static void print(BufferedImage chart, Window owner, DialogService dialogs, I18n i18n) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            dialogs.showInformation(i18n.get("seating.export.print"), i18n.get("seating.export.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return;
        }
        PageOrientation orientation = chart.getWidth() >= chart.getHeight() ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT;
        Paper chosenPaper = job.getJobSettings().getPageLayout().getPaper();
        PageLayout layout = job.getPrinter().createPageLayout(chosenPaper, orientation, Printer.MarginType.DEFAULT);
        ImageView page = new ImageView(SwingFXUtils.toFXImage(chart, null));
        page.setPreserveRatio(true);
        page.setFitWidth(layout.getPrintableWidth());
        page.setFitHeight(layout.getPrintableHeight());
        if (job.printPage(layout, page)) {
            job.endJob();
        } else {
            dialogs.showError(i18n.get("error.title"), i18n.get("seating.export.printFailed"));
        }
    }
}
