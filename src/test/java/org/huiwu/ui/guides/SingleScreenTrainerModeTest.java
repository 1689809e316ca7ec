package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.guides.GuidesWindowTest.snapshot;
import static org.huiwu.ui.guides.GuidesWindowTest.waitUntil;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.ui.common.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Trainer mode on a laptop with no projector: the one full-screen view says how to leave and how to see
 * the notes, N shows and hides the key points and common mistakes, and Esc leaves at the step reached.
 * Writes {@code target/guides-ui/single-screen-notes.png}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SingleScreenTrainerModeTest {

    private static final Displays ONE_DISPLAY = () -> List.of(new Rectangle2D(0, 0, 1366, 768));

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private GuidesScreen screen;

    @Start
    void start(Stage stage) {
        screen = TrainerModeTest.showScreen(stage, ONE_DISPLAY, worker, new AppState());
    }

    @AfterEach
    void stopWorker() {
        worker.shutdown();
    }

    @Test
    void oneScreenShowsTheHintTogglesNotesWithNAndLeavesOnEsc(FxRobot robot) throws Exception {
        robot.interact(() -> screen.links().openGuide(GuideLinks.REFILL_LIDDED_CUP));
        Label guideStep = robot.lookup("#guideStepLabel").queryAs(Label.class);
        waitUntil(() -> "第 1 步 / 共 9 步".equals(guideStep.getText()));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntil(() -> guideStep.getText().startsWith("第 2 步"));

        boolean[] hintShownAtStart = new boolean[1];
        robot.interact(() -> {
            robot.lookup("#presentButton").queryButton().fire();
            Node hint = find(screen.trainerMode().projectorStage().orElseThrow(), "#projectorHint");
            hintShownAtStart[0] = hint.isVisible() && hint.getOpacity() > 0;
        });
        waitUntil(() -> screen.trainerMode().projectorStage().map(Stage::isShowing).orElse(false));
        assertThat(screen.trainerMode().presenterStage()).as("no presenter view on one screen").isEmpty();
        Stage projector = screen.trainerMode().projectorStage().orElseThrow();
        Label hint = (Label) find(projector, "#projectorHint");
        assertThat(hintShownAtStart[0]).as("the hint shows when trainer mode starts").isTrue();
        assertThat(hint.getText()).isEqualTo("Esc 退出 · N 显示备注");
        waitUntil(() -> !hint.isVisible());
        Node notes = find(projector, "#projectorNotes");
        assertThat(notes.isVisible()).as("notes start hidden").isFalse();

        robot.interact(projector::requestFocus);
        robot.press(KeyCode.N).release(KeyCode.N);
        waitUntil(notes::isVisible);
        assertThat(robot.from(notes).lookup(".key-point").queryAll()).isNotEmpty();
        assertThat(robot.from(notes).lookup(".mistake").queryAll()).isNotEmpty();
        robot.interact(() -> {
            projector.setFullScreen(false);
            projector.setWidth(1366);
            projector.setHeight(768);
        });
        waitUntil(() -> robot.lookup("#projectorPicture").queryAs(javafx.scene.image.ImageView.class)
                .getImage() != null);
        snapshot(projector.getScene().getRoot(), "single-screen-notes.png");

        robot.press(KeyCode.N).release(KeyCode.N);
        waitUntil(() -> !notes.isVisible());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !projector.isShowing());
        assertThat(screen.trainerMode().isRunning()).isFalse();
        assertThat(guideStep.getText()).startsWith("第 2 步");
    }

    private static Node find(Stage stage, String id) {
        return stage.getScene().getRoot().lookup(id);
    }
}
