package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.guides.GuidesWindowTest.snapshot;
import static org.huiwu.ui.guides.GuidesWindowTest.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.common.ScriptedDialogs;
import org.huiwu.ui.common.Themes;
import org.huiwu.ui.provenance.Provenance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Trainer mode with two displays simulated: the projector stage goes full screen on the second display
 * while the presenter view opens on the first; both show the same step, follow Page Down together, the
 * projector turns black on B, and Esc closes both. Writes {@code target/guides-ui/presenter-view.png}.
 * The guides screen is built on its own (no database: the training form is not opened here).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TrainerModeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Displays TWO_DISPLAYS = () -> List.of(new Rectangle2D(0, 0, 1280, 768),
            new Rectangle2D(1280, 0, 1024, 768));

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AppState state = new AppState();
    private GuidesScreen screen;

    @Start
    void start(Stage stage) {
        screen = showScreen(stage, TWO_DISPLAYS, worker, state);
    }

    /**
     * The guides screen on its own (no database: no training form, no checks), in Chinese, on {@code stage},
     * with trainer mode seeing {@code displays}.
     */
    static GuidesScreen showScreen(Stage stage, Displays displays, ExecutorService worker, AppState state) {
        GuideShelf shelf = new GuideShelf(GuideLibrary.onClassPath(), new FxTaskRunner(worker));
        GuidesScreen shown = new GuidesScreen(new GuidesScreen.Services(shelf, null, new FxTaskRunner(worker),
                new ScriptedDialogs(), null, displays, () -> stage, Provenance.none(), null),
                new GuidePresentation(CLOCK), state, new I18n(Locale.SIMPLIFIED_CHINESE));
        Scene scene = new Scene((javafx.scene.Parent) shown.node(), 1100, 700);
        Themes.apply(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
        return shown;
    }

    @AfterEach
    void stopWorker() {
        worker.shutdown();
    }

    @Test
    void presenterAndProjectorShowTheSameStepAndMoveTogether(FxRobot robot) throws Exception {
        robot.interact(() -> screen.links().openGuide(GuideLinks.REFILL_LIDDED_CUP));
        Label guideStep = robot.lookup("#guideStepLabel").queryAs(Label.class);
        waitUntil(() -> "第 1 步 / 共 9 步".equals(guideStep.getText()));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitUntil(() -> guideStep.getText().startsWith("第 2 步"));

        robot.clickOn("#presentButton");
        waitUntil(() -> screen.trainerMode().presenterStage().map(Stage::isShowing).orElse(false)
                && screen.trainerMode().projectorStage().map(Stage::isShowing).orElse(false));
        Stage projector = screen.trainerMode().projectorStage().orElseThrow();
        Stage presenter = screen.trainerMode().presenterStage().orElseThrow();
        assertThat(projector.isFullScreen()).isTrue();
        assertThat(projector.getX()).as("on the second display").isGreaterThanOrEqualTo(1280);
        Label presenterStep = label(presenter, "#presenterStep");
        Label presenterCaption = label(presenter, "#presenterCaption");
        Label projectorCaption = label(projector, "#projectorCaption");
        assertThat(presenterStep.getText()).startsWith("第 2 步");
        assertThat(projectorCaption.getText()).isEqualTo(presenterCaption.getText()).isNotBlank();

        robot.interact(() -> {
            presenter.setMaximized(false);
            presenter.setWidth(1280);
            presenter.setHeight(768);
        });
        waitUntil(() -> robot.lookup("#presenterPicture").queryAs(javafx.scene.image.ImageView.class)
                .getImage() != null);
        snapshot(presenter.getScene().getRoot(), "presenter-view.png");

        robot.interact(presenter::requestFocus);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        waitUntil(() -> presenterStep.getText().startsWith("第 3 步"));
        assertThat(projectorCaption.getText()).isEqualTo(presenterCaption.getText());
        assertThat(guideStep.getText()).startsWith("第 3 步");

        robot.press(KeyCode.B).release(KeyCode.B);
        waitUntil(() -> screen.trainerMode().projectorView().map(ProjectorView::isBlack).orElse(false));
        assertThat(label(presenter, "#presenterBlackedOut").isVisible()).isTrue();
        robot.interact(projector::requestFocus);
        robot.press(KeyCode.B).release(KeyCode.B);
        waitUntil(() -> !screen.trainerMode().projectorView().map(ProjectorView::isBlack).orElse(true));
        robot.press(KeyCode.N).release(KeyCode.N);
        assertThat(projector.getScene().getRoot().lookup("#projectorNotes").isVisible())
                .as("the projector beside a presenter view never shows the notes").isFalse();
        assertThat(projector.getScene().getRoot().lookup("#projectorHint").isVisible())
                .as("nor the hint").isFalse();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !projector.isShowing() && !presenter.isShowing());
        assertThat(guideStep.getText()).startsWith("第 3 步");
        assertThat(screen.trainerMode().isRunning()).isFalse();
    }

    private static Label label(Stage stage, String id) {
        return (Label) stage.getScene().getRoot().lookup(id);
    }
}
