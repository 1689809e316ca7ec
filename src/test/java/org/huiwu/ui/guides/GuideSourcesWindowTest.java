package org.huiwu.ui.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.guides.GuidesWindowTest.snapshot;
import static org.huiwu.ui.guides.GuidesWindowTest.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.ui.AppWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.huiwu.ui.AppWindowExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A guide's provenance in the real window on a real database: nothing about checking shows over the
 * guide or on the projector; the 来源 button shows the sources panel with "not yet checked"; a
 * supervisor marks the guide checked against a clause and the ✓ mark appears beside the title, naming
 * clause, checker and time; a corrected caption is shown at once and stored as text version 2. Writes
 * {@code target/guides-ui/guide-sources.png}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class GuideSourcesWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 768);


    @Test
    void provenanceLivesInTheSourcesPanelWhereASupervisorMarksTheGuideChecked(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().workbench().guideLinks().openGuide(GuideLinks.REFILL_LIDDED_CUP));
        Label step = robot.lookup("#guideStepLabel").queryAs(Label.class);
        waitUntil(() -> step.getText().equals("第 1 步 / 共 9 步"));
        Parent root = app.window().stage().getScene().getRoot();
        assertThat(shownTexts(root)).as("guide content").noneMatch(t -> t.contains("核对"));
        assertThat(robot.lookup("#guideCheckMark").query().isVisible()).isFalse();

        robot.clickOn("#presentButton");
        waitUntil(() -> robot.lookup("#projectorCaption").tryQuery().isPresent());
        Parent projector = robot.lookup("#projectorCaption").query().getScene().getRoot();
        assertThat(shownTexts(projector)).as("projector").noneMatch(t -> t.contains("核对") || t.contains("DB3206"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#projectorCaption").tryQuery().isEmpty());

        robot.clickOn("#guideSourcesButton");
        waitUntil(() -> robot.lookup("#sourcesPanel").query().isVisible());
        Label status = robot.lookup("#sourcesStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().contains("尚未与标准条文核对"));
        assertThat(shownTexts(robot.lookup("#sourcesPanel").query())).anyMatch(t -> t.contains("标准条文尚未核对"))
                .anyMatch(t -> t.contains("DB3206/T 1083"));

        TextField clause = robot.lookup("#sourcesClause").queryAs(TextField.class);
        robot.interact(clause::clear);
        robot.clickOn(clause).write("附录C C.3");
        TextField checker = robot.lookup("#sourcesChecker").queryAs(TextField.class);
        robot.interact(checker::clear);
        robot.clickOn(checker).write("陈红");
        robot.clickOn("#sourcesMarkButton");

        Label mark = robot.lookup("#guideCheckMark").queryAs(Label.class);
        waitUntil(mark::isVisible);
        assertThat(mark.getText()).isEqualTo("✓ 已核对");
        assertThat(mark.getTooltip().getText()).contains("附录C C.3").contains("陈红").contains("2026-12-06 10:30");
        assertThat(status.getText()).contains("附录C C.3");
        assertThat(app.window().context().textChecks().of(CheckedKind.GUIDE, "tea-refill-lidded-cup"))
                .hasValueSatisfying(c -> assertThat(c.checkedBy()).isEqualTo("陈红"));
        snapshot(root, "guide-sources.png");

        robot.clickOn("#correctStepButton");
        waitUntil(() -> robot.lookup("#correctCaptionZh").tryQuery().isPresent());
        TextField caption = robot.lookup("#correctCaptionZh").queryAs(TextField.class);
        robot.interact(() -> caption.setText("右手持壶，左手托杯盖"));
        robot.clickOn("#correctSaveButton");
        Label stepCaption = robot.lookup("#stepCaption").queryAs(Label.class);
        waitUntil(() -> stepCaption.getText().equals("右手持壶，左手托杯盖"));
        assertThat(app.window().context().guideCorrections().latest("tea-refill-lidded-cup"))
                .hasValueSatisfying(t -> assertThat(t.version()).isEqualTo(2));
        waitUntil(() -> shownTexts(robot.lookup("#sourcesPanel").query()).stream()
                .anyMatch(t -> t.contains("第 2 版")));
    }

    /** The texts of every labelled control under {@code root} that is shown (it and all its parents visible). */
    static List<String> shownTexts(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), texts);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
