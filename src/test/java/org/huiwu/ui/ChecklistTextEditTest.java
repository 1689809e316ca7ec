package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.time.Instant;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A checklist item's text edited in place in the real window (decision 0039): the edit button opens a field in the
 * row; Tab, Enter or a click elsewhere stores the text (version-checked), Esc gives the stored text back and stores
 * nothing; a text another laptop changed shows on the next poll of the change feed; a text both laptops changed
 * asks through the merge question, and 保留我的修改 stores what was typed. H2 (the second {@link AppContext} goes
 * through H2's server on the same folder).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChecklistTextEditTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(clock, 1280, 720);

    @Test
    void tabStoresTheTextAndAnotherLaptopsEditShowsOnTheNextPoll(FxRobot robot) {
        ListView<ChecklistLine> lines = openChecklist(robot);

        edit(robot, "BEFORE-1", "核对会场座签与名单");
        robot.type(KeyCode.TAB);

        waitUntil(() -> item(0).textZh().equals("核对会场座签与名单"));
        assertThat(robot.lookup("#checkText-BEFORE-1").tryQuery()).as("the field is gone").isEmpty();
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), clock)) {
            ChecklistItem read = otherLaptop.checklists().current(SampleMeeting.ID).of(ChecklistPhase.BEFORE).get(1)
                    .item();
            assertThat(read.textZh()).isNotEqualTo("检查话筒电池");
            assertThat(otherLaptop.checklists().editItem(read, "检查话筒电池", read.textEn()).saved()).isTrue();
        }
        robot.interact(() -> app.window().workbench().pollLive());
        waitUntil(() -> lines.getItems().get(1).item().textZh().equals("检查话筒电池"));
    }

    @Test
    void aClickElsewhereStoresAndEscGivesTheStoredTextBack(FxRobot robot) {
        ListView<ChecklistLine> lines = openChecklist(robot);
        String second = item(1).textZh();

        edit(robot, "BEFORE-1", "会前一小时开空调");
        robot.clickOn("#checklistNote");
        waitUntil(() -> item(0).textZh().equals("会前一小时开空调"));

        edit(robot, "BEFORE-2", "不要保存这句");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#checkText-BEFORE-2").tryQuery().isEmpty());
        assertThat(item(1).textZh()).isEqualTo(second);
        assertThat(lines.getItems().get(1).item().textZh()).isEqualTo(second);
        robot.clickOn("#checklistNote");
        assertThat(item(1).textZh()).as("Esc then a click elsewhere stores nothing").isEqualTo(second);
    }

    @Test
    void aTextBothLaptopsChangedAsksAndKeepMineStoresWhatWasTyped(FxRobot robot) {
        openChecklist(robot);

        edit(robot, "BEFORE-1", "我改的文字");
        try (AppContext otherLaptop = AppContext.open(app.dataDir(), clock)) {
            ChecklistItem read = otherLaptop.checklists().current(SampleMeeting.ID).of(ChecklistPhase.BEFORE).get(0)
                    .item();
            assertThat(otherLaptop.checklists().editItem(read, "对方改的文字", read.textEn()).saved()).isTrue();
        }
        robot.type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("我改的文字").contains("对方改的文字");
        Node keepMine = pane.getButtonTypes().stream().filter(type -> type.getText().equals("保留我的修改"))
                .findFirst().map(pane::lookupButton).orElseThrow();
        assertThat(keepMine).isInstanceOf(Button.class);
        robot.clickOn(keepMine);
        waitUntil(() -> item(0).textZh().equals("我改的文字"));
    }

    private ListView<ChecklistLine> openChecklist(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        openTab(robot, "#checklistsTab", "#checklistLines");
        waitUntil(() -> robot.lookup("#checkEdit-BEFORE-1").tryQuery().isPresent());
        robot.interact(() -> app.window().workbench().pollLive());
        Label server = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> server.getText().equals("实时同步"));
        return robot.lookup("#checklistLines").queryListView();
    }

    /** Opens the row's field with its edit button, selects the text and types over it. */
    private static void edit(FxRobot robot, String key, String typed) {
        robot.clickOn("#checkEdit-" + key);
        waitUntil(() -> robot.lookup("#checkText-" + key).tryQuery().map(Node::isFocused).orElse(false));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(typed);
    }

    private ChecklistItem item(int index) {
        return app.window().context().checklists().current(SampleMeeting.ID).of(ChecklistPhase.BEFORE).get(index)
                .item();
    }
}
