package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.ui.seating.SeatingScreen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Switching the language in Settings keeps the attendant where they were: the same meeting, the same tab
 * in front with the same checklist phase, and no focus in the meeting search box (where the next keystrokes would
 * hide meetings).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void theTabInFrontAndTheMeetingStayAndTheSearchBoxGetsNoFocus(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        robot.interact(() -> app.window().workbench().state().show(SeatingScreen.ID));
        waitUntil(() -> robot.lookup("#seatMap").tryQuery().isPresent());

        robot.interact(() -> app.window().workbench().applySettings(Language.ENGLISH, Theme.LIGHT));

        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        assertThat(app.window().workbench().state().shownScreenProperty().get()).isEqualTo(SeatingScreen.ID);
        waitUntil(() -> robot.lookup("#seatMap").tryQuery().isPresent());
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isFalse();
    }

    @Test
    void theChecklistPhaseChosenIsStillShownInTheNewLanguage(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        WindowRobot.openTab(robot, "#checklistsTab", "#checklistLines");
        robot.clickOn("#phase-DURING");
        waitUntil(() -> robot.lookup("#phase-DURING").queryAs(ToggleButton.class).isSelected());

        robot.interact(() -> app.window().workbench().applySettings(Language.ENGLISH, Theme.LIGHT));

        waitUntil(() -> robot.lookup("#checklistLines").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        assertThat(robot.lookup("#phase-DURING").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#phase-BEFORE").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#phase-DURING").queryAs(ToggleButton.class).getText()).startsWith("During");
    }

    @Test
    void theGuidesInFrontAreListedAgainInTheNewLanguage(FxRobot robot) {
        robot.interact(() -> app.window().workbench().guideLinks().openLibrary());
        waitUntil(() -> robot.lookup("#guideList").tryQueryAs(ListView.class).map(l -> !l.getItems().isEmpty())
                .orElse(false));

        robot.interact(() -> app.window().workbench().applySettings(Language.ENGLISH, Theme.LIGHT));

        waitUntil(() -> robot.lookup("#guideList").tryQueryAs(ListView.class)
                .filter(l -> l.getScene() != null && l.isVisible() && !l.getItems().isEmpty()).isPresent());
        assertThat(app.window().workbench().state().shownScreenProperty().get()).isEqualTo("guidesScreen");
    }
}
