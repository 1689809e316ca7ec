package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the service checklist tab of the real window headless: opens the sample meeting, writes the
 * attendant's name, ticks a during-meeting item and sees the progress move; then restarts the app on the
 * same data folder (dim theme) and finds the item still ticked. Snapshots the tab to
 * {@code target/checklists-ui/checklists-dim.png}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChecklistScreenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
        open(Theme.LIGHT);
    }

    private void open(Theme theme) {
        window = AppWindow.open(dataDir, CLOCK, theme, 1366, 768, FxDialogService::new);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void tickAnItemSeeTheProgressMoveAndFindItTickedAfterARestart(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#checklistsTab", "#checklistLines");
        waitUntil(() -> text(robot, "#phase-BEFORE").equals("会前 12/12"));
        assertThat(text(robot, "#phase-DURING")).isEqualTo("会中 3/8");
        assertThat(text(robot, "#phase-AFTER")).isEqualTo("会后 0/8");

        robot.clickOn("#phase-DURING");
        waitUntil(() -> robot.lookup("#checkTick-DURING-4").tryQuery().isPresent());
        robot.clickOn("#checkTick-DURING-4");
        waitUntil(() -> !text(robot, "#checklistMessage").isEmpty());
        assertThat(text(robot, "#phase-DURING")).isEqualTo("会中 3/8");

        robot.interact(() -> robot.lookup("#checklistAttendant").queryAs(TextField.class).setText("吕佳"));
        robot.clickOn("#checkTick-DURING-4");
        waitUntil(() -> text(robot, "#phase-DURING").equals("会中 4/8"));
        assertThat(text(robot, "#checkTick-DURING-4")).isEqualTo("\u2713");
        assertThat(text(robot, "#checklistRemaining")).isEqualTo("本阶段还有 4 项未完成");

        robot.interact(() -> {
            window.stage().close();
            window.context().close();
            open(Theme.DIM);
        });
        java.util.function.Predicate<Node> sampleTitle = n -> n instanceof javafx.scene.control.Label l
                && "市政府第28次常务会议".equals(l.getText());
        waitUntil(() -> robot.lookup(sampleTitle).tryQuery().isPresent());
        robot.clickOn(robot.lookup(sampleTitle).queryAs(Node.class));
        waitUntil(() -> window.workbench().state().currentMeeting() != null);
        openTab(robot, "#checklistsTab", "#checklistLines");
        waitUntil(() -> text(robot, "#phase-DURING").equals("会中 4/8"));
        robot.clickOn("#phase-DURING");
        waitUntil(() -> text(robot, "#checkTick-DURING-4").equals("\u2713"));
        ChecklistLine line = window.context().checklists().current(SampleMeeting.ID).of(ChecklistPhase.DURING).get(3);
        assertThat(line.state()).isEqualTo(MarkState.DONE);
        assertThat(line.latestMark().orElseThrow().markedBy()).isEqualTo("吕佳");

        snapshot(window.stage().getScene().getRoot(), "checklists-dim.png");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static void snapshot(Node node, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Path out = Path.of("target/checklists-ui");
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
