package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the checklist tab, after a click on a tick the arrow keys move between the items' ticks (not into the
 * 增加一项 field below the list), and Space ticks the item that has the focus.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChecklistArrowKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1366, 768);

    @Test
    void downMovesToTheNextTickAndSpaceTicksIt(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        openTab(robot, "#checklistsTab", "#checklistLines");
        waitUntil(() -> text(robot, "#phase-DURING").equals("会中 3/8"));
        robot.interact(() -> robot.lookup("#checklistAttendant").queryAs(TextField.class).setText("吕佳"));
        robot.clickOn("#phase-DURING");
        waitUntil(() -> robot.lookup("#checkTick-DURING-4").tryQuery().isPresent());
        robot.clickOn("#checkTick-DURING-4");
        waitUntil(() -> text(robot, "#phase-DURING").equals("会中 4/8"));
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusId()).isEqualTo("checkTick-DURING-5");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> text(robot, "#phase-DURING").equals("会中 5/8"));
        assertThat(text(robot, "#checkTick-DURING-5")).isEqualTo("\u2713");
        assertThat(robot.lookup("#checklistNewItem").queryAs(TextField.class).getText()).isEmpty();

        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.UP).type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusId()).isEqualTo("checkTick-DURING-3");
    }

    private String focusId() {
        Node owner = app.window().stage().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }
}
