package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.model.guide.Guide;
import org.huiwu.ui.AppWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.huiwu.ui.AppWindowExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The guides in the real main window, headless at 1280×768 (the headless screen is 1280 wide, so this
 * is stricter than a 1366×768 laptop): opened from the menu key with no meeting,
 * a guide stepped through with the arrow keys, and trainer mode on the one display the test machine has
 * (a single full-screen projector view, notes hidden). Writes {@code target/guides-ui/guide-view.png}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GuidesWindowTest {

    static final Path OUT = Path.of("target", "guides-ui");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 768);


    @Test
    void guidesOpenWithoutAMeetingAndArrowKeysStepThroughAGuide(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        ListView<Guide> guides = robot.lookup("#guideList").queryListView();
        waitUntil(() -> guides.getItems().size() == 16);
        assertThat(robot.lookup("#guideProblems").queryAs(Label.class).isVisible()).isFalse();
        snapshot(app.window().stage().getScene().getRoot(), "guide-library.png");

        robot.clickOn("#guide-tea-refill-lidded-cup");
        Label step = robot.lookup("#guideStepLabel").queryAs(Label.class);
        waitUntil(() -> step.getText().equals("第 1 步 / 共 9 步"));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);

        waitUntil(() -> step.getText().equals("第 3 步 / 共 9 步"));
        Guide lidded = guides.getItems().stream().filter(g -> g.id().equals("tea-refill-lidded-cup")).findFirst()
                .orElseThrow();
        assertThat(robot.lookup("#stepCaption").queryAs(Label.class).getText())
                .isEqualTo(lidded.step(3).caption().zh());
        ImageView picture = robot.lookup("#guidePicture").queryAs(ImageView.class);
        waitUntil(() -> picture.getImage() != null);
        assertThat(GuideSourcesWindowTest.shownTexts(app.window().stage().getScene().getRoot()))
                .as("provenance is in the sources panel, not over the guide").noneMatch(t -> t.contains("核对"));
        snapshot(app.window().stage().getScene().getRoot(), "guide-view.png");

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        waitUntil(() -> step.getText().equals("第 2 步 / 共 9 步"));
    }

    @Test
    void oneDisplayPresentsFullScreenWithoutNotesAndEscReturnsToTheGuide(FxRobot robot) {
        robot.interact(() -> app.window().workbench().guideLinks().openGuide(GuideLinks.EVACUATION));
        Label step = robot.lookup("#guideStepLabel").queryAs(Label.class);
        waitUntil(() -> step.getText().equals("第 1 步 / 共 6 步"));

        robot.clickOn("#presentButton");
        waitUntil(() -> robot.lookup("#projectorCaption").tryQuery().isPresent());
        Label projectorCaption = robot.lookup("#projectorCaption").queryAs(Label.class);
        Stage projector = (Stage) projectorCaption.getScene().getWindow();
        assertThat(projector.isFullScreen()).isTrue();
        assertThat(robot.lookup("#presenterTimer").tryQuery()).as("no presenter view on one display").isEmpty();

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        waitUntil(() -> step.getText().equals("第 2 步 / 共 6 步"));
        assertThat(projectorCaption.getText()).isEqualTo(robot.lookup("#stepCaption").queryAs(Label.class).getText());
        robot.press(KeyCode.B).release(KeyCode.B);
        waitUntil(() -> robot.lookup("#projectorBlack").query().isVisible());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !projector.isShowing());
        assertThat(step.getText()).isEqualTo("第 2 步 / 共 6 步");
        assertThat(app.window().workbench().state().statusProperty().get()).contains("记录培训");
    }

    @Test
    void aSessionIsRecordedAfterPresentingWithThePresentedGuideTicked(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().workbench().guideLinks().openGuide(GuideLinks.PODIUM_NAME_CARDS));
        Label step = robot.lookup("#guideStepLabel").queryAs(Label.class);
        waitUntil(() -> step.getText().startsWith("第 1 步"));
        robot.clickOn("#presentButton");
        waitUntil(() -> robot.lookup("#projectorCaption").tryQuery().isPresent());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#projectorCaption").tryQuery().isEmpty());

        robot.clickOn("#recordTrainingButton");
        waitUntil(() -> robot.lookup("#trainerField").tryQuery().isPresent());
        robot.clickOn("#trainerField").write("陈红");
        robot.clickOn("#traineesArea").write("刘芳").type(KeyCode.ENTER).write("王丽");
        Node form = robot.lookup(".dialog-pane").query();
        snapshot(form, "training-record.png");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((javafx.scene.control.Button) b).isDefaultButton())
                .queryButton());

        waitUntil(() -> app.window().workbench().state().statusProperty().get().startsWith("已记录培训"));
        assertThat(app.window().context().trainingRecords().list(java.time.YearMonth.of(2026, 11))).singleElement().satisfies(s -> {
            assertThat(s.trainer()).isEqualTo("陈红");
            assertThat(s.guideIds()).containsExactly("podium-name-cards");
            assertThat(s.trainees()).containsExactly("刘芳", "王丽");
            assertThat(s.date()).isEqualTo(java.time.LocalDate.of(2026, 11, 27));
        });
    }

    static void snapshot(Node node, String name) throws IOException, InterruptedException,
            java.util.concurrent.ExecutionException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        Files.createDirectories(OUT);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name).toFile());
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
