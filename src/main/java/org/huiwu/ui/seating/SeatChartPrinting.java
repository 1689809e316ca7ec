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

/**
 * Sends the seat chart to a system printer through the printer dialog, scaled to fit the paper chosen
 * there (turned to the chart's shape). The chart image is the same one the PNG export writes. FX thread
 * only.
 */
final class SeatChartPrinting {

    private SeatChartPrinting() {
    }

    static void print(BufferedImage chart, Window owner, SeatingViewModel model) {
        Printer printer = Printer.getDefaultPrinter();
        PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        if (job == null) {
            model.dialogs.showInformation(model.i18n.get("seating.export.print"), model.i18n.get("seating.export.noPrinter"));
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
            model.dialogs.showError(model.i18n.get("error.title"), model.i18n.get("seating.export.printFailed"));
        }
    }
}
