package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Exports the sample meeting's seat chart as PDF through the seating screen's own export menu, the
 * file choice scripted (the native chooser cannot run headless), then renders page 1 with pdftoppm and
 * reads the text back: the title, the viewpoint, the presider's mark and the speaker's stand.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatChartExportWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppWindow window;
    private Path chosenFile;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, CLOCK, Theme.LIGHT, 1366, 768, SavesToChosenFile::new);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void theSampleChartIsExportedAsAReadablePdfFromTheExportMenu(FxRobot robot) throws Exception {
        chosenFile = dataDir.resolve("座次图.pdf");
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

    private static Optional<Node> menuItem(FxRobot robot, String text) {
        return robot.lookup(".context-menu .menu-item").queryAll().stream()
                .filter(item -> item instanceof Parent parent && parent.getChildrenUnmodifiable().stream()
                        .anyMatch(c -> c instanceof Label label && text.equals(label.getText())))
                .filter(WindowRobot::shown).findFirst();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException gone) {
            return 0;
        }
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

    /** The window's real dialogs, except that "save as" answers with the file the test chose. */
    private final class SavesToChosenFile implements DialogService {

        private final FxDialogService real;

        SavesToChosenFile(Supplier<Window> owner) {
            real = new FxDialogService(owner);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String filterDescription, String extension,
                String suggestedName) {
            return Optional.ofNullable(chosenFile);
        }

        @Override
        public boolean confirm(String title, String message) {
            return real.confirm(title, message);
        }

        @Override
        public int choose(String title, String message, List<String> options) {
            return real.choose(title, message, options);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public void showInformation(String title, String message) {
            real.showInformation(title, message);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, String filterDescription, List<String> extensions) {
            return real.chooseFileToOpen(title, filterDescription, extensions);
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, String filterDescription, List<String> extensions) {
            return real.chooseFilesToOpen(title, filterDescription, extensions);
        }
    }
}
