package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.menuItem;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.sizeOf;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.huiwu.logic.settings.Preferences.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A hurried attendant in the English window at 1280×720 prints the seat chart of the sample meeting:
 * once through the seating screen's own 打印 / 导出 button (which must be on screen, not in an overflow
 * menu), once through the menu bar's Seating menu. The file choice is scripted.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SeatingPrintReachTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private Path chosenFile;
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720).language(Language.ENGLISH)
            .dialogs(owner -> new SavesToChosenFile(owner, () -> chosenFile));


    @Test
    void theSeatChartIsExportedFromTheSeatingToolbarAt1280(FxRobot robot) {
        chosenFile = app.dataDir().resolve("seat-chart.pdf");
        openSeating(robot);
        Node button = robot.lookup("#seatingExportButton").query();
        assertThat(WindowRobot.shown(button)).as("the print / export button is on screen").isTrue();
        Bounds onScreen = button.localToScene(button.getBoundsInLocal());
        assertThat(onScreen.getMaxX()).as("the button's right edge inside the window").isLessThanOrEqualTo(
                button.getScene().getWidth());

        robot.clickOn(button);
        waitUntil(() -> menuItem(robot, "Seat chart (PDF)…").isPresent());
        robot.clickOn(menuItem(robot, "Seat chart (PDF)…").orElseThrow());
        waitUntil(() -> Files.isRegularFile(chosenFile) && sizeOf(chosenFile) > 10_000);
    }

    @Test
    void theSeatChartIsExportedFromTheMenuBarsSeatingMenu(FxRobot robot) {
        chosenFile = app.dataDir().resolve("from-menu.pdf");
        openSeating(robot);

        robot.clickOn(robot.lookup(".menu-bar .menu-button")
                .match(menu -> menu instanceof Labeled labeled && "Seating".equals(labeled.getText())).queryLabeled());
        waitUntil(() -> menuItem(robot, "Seat chart (PDF)…").isPresent());
        robot.clickOn(menuItem(robot, "Seat chart (PDF)…").orElseThrow());
        waitUntil(() -> Files.isRegularFile(chosenFile) && sizeOf(chosenFile) > 10_000);
    }

    private static void openSeating(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#seatingTab", "#autoAssignButton");
        waitUntil(() -> !robot.lookup("#seatMap .seat-node").queryAll().isEmpty());
    }
}
