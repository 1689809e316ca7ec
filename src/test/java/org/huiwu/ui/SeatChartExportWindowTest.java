package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.menuItem;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.sizeOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.imageio.ImageIO;


import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Exports the sample meeting's seat chart as PDF through the seating screen's own export menu, the
 * file choice scripted (the native chooser cannot run headless), then renders page 1 with pdftoppm and
 * reads the text back: the title, the viewpoint, the presider's mark and the speaker's stand.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatChartExportWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Path chosenFile;
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768)
            .dialogs(owner -> new SavesToChosenFile(owner, () -> chosenFile));


    @Test
    void theSampleChartIsExportedAsAReadablePdfFromTheExportMenu(FxRobot robot) throws Exception {
        chosenFile = app.dataDir().resolve("座次图.pdf");
        robot.clickOn("#openSampleButton");
        waitUntil(() -> robot.lookup("#seatingTab").tryQuery()
                .filter(tab -> tab.isVisible() && tab.getLayoutBounds().getWidth() > 0).isPresent());
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> robot.lookup("#seatingExportButton").tryQuery().filter(WindowRobot::shown).isPresent());
        waitUntil(() -> !robot.lookup("#seatMap .seat-node").queryAll().isEmpty());

        robot.clickOn("#seatingExportButton");
        waitUntil(() -> menuItem(robot, "座次图（PDF）…").isPresent());
        robot.clickOn(menuItem(robot, "座次图（PDF）…").orElseThrow());
        waitUntil(() -> Files.isRegularFile(chosenFile) && sizeOf(chosenFile) > 10_000);

        try (PDDocument document = Loader.loadPDF(chosenFile.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("市政府第28次常务会议", "从台下看", "主持", "发言席", "王建国");
        }
        Path out = Files.createDirectories(Path.of("target", "print-tests", "window"));
        BufferedImage page = ImageIO.read(ExternalTools.renderPage(chosenFile, 1, 60, out.resolve("seat-chart.png"))
                .toFile());
        assertThat(page.getHeight()).as("A4 portrait at 60 dpi").isBetween(690, 710);
        assertThat(ink(page)).as("share of dark pixels on page 1").isBetween(0.005, 0.5);
    }

    private static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3 < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
