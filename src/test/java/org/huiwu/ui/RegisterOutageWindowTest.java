package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.incidents.LeftItemRegister;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The checklist template editor and the left-items screen in the real window through a cut of the network to the
 * venue's PostgreSQL (decision 0045), with mouse and keyboard: two items renamed and one added in the template editor,
 * an item found and handed over on 遗留物品 and one found before the cut handed over. No storage message; each change
 * shows at once; the status bar counts what waits; once the network is back the live poll sends it and a second
 * laptop sees each record once. A rename clashing with a second laptop's is refused and the open editor shows the
 * stored text; the hand-over of an item the second laptop returned meanwhile is not added, and the register shows it
 * returned; both are counted. Needs the PostgreSQL test server (skips without it, fails on CI).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RegisterOutageWindowTest {

    @TempDir
    Path laptop;
    @TempDir
    Path otherLaptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private WindowOnServer window;

    @Start
    void start(Stage primary) {
        // the window is opened in open(), once the laptop's store is there
    }

    @BeforeEach
    void open() throws Exception {
        window = WindowOnServer.open(laptop, clock, 1280, 720);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theTemplateEditorAndTheLeftItemsScreenWorkDuringACut(FxRobot robot) {
        var workbench = window.workbench();
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        openTab(robot, "#checklistsTab", "#checklistNewItem");
        openTab(robot, "#incidentsTab", "#captureButton");
        openTab(robot, "#leftItemsTab", "#leftItemWhat");
        robot.clickOn("#leftItemWhat").write("蓝色水杯");
        robot.clickOn("#registerLeftItemButton");
        ListView<LeftItem> left = robot.lookup("#leftItemList").queryListView();
        waitUntil(() -> left.getItems().stream().anyMatch(i -> i.what().equals("蓝色水杯")));
        LeftItem cup = left.getItems().stream().filter(i -> i.what().equals("蓝色水杯")).findFirst().orElseThrow();
        Label status = robot.lookup("#serverLabel").queryAs(Label.class);
        robot.interact(workbench::pollLive);
        waitUntil(() -> "实时同步".equals(status.getText()));
        openTab(robot, "#checklistsTab", "#checklistNewItem");
        robot.clickOn("#editTemplateButton");
        waitUntil(() -> robot.lookup("#templateItems").tryQuery().filter(WindowRobot::shown).isPresent());
        ListView<TemplateLine<ChecklistPhase>> items = robot.lookup("#templateItems").queryListView();
        waitUntil(() -> !items.getItems().isEmpty());
        TemplateLine<ChecklistPhase> first = items.getItems().get(0);
        TemplateLine<ChecklistPhase> second = items.getItems().get(1);

        window.network.cut();
        robot.interact(() -> items.getSelectionModel().select(0));
        robot.doubleClickOn("#templateTextZh").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("断网时改的模板项");
        robot.clickOn("#templateRename");
        waitUntil(() -> items.getItems().stream().anyMatch(l -> l.textZh().equals("断网时改的模板项")));
        onlyTheEditor(robot, "模板改名");
        robot.interact(() -> items.getSelectionModel().clearSelection());
        robot.doubleClickOn("#templateTextZh").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("断网时新增的模板项");
        robot.clickOn("#templateAdd");
        waitUntil(() -> items.getItems().stream().anyMatch(l -> l.textZh().equals("断网时新增的模板项")));
        onlyTheEditor(robot, "模板新增");
        robot.interact(() -> items.getSelectionModel().select(second));
        robot.doubleClickOn("#templateTextZh").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("本机第二项");
        robot.clickOn("#templateRename");
        waitUntil(() -> items.getItems().stream().anyMatch(l -> l.textZh().equals("本机第二项")));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        openTab(robot, "#incidentsTab", "#leftItemWhat");
        robot.clickOn("#leftItemWhat").write("黑色公文包");
        robot.clickOn("#leftItemWhere").write("休息室");
        robot.clickOn("#registerLeftItemButton");
        waitUntil(() -> left.getItems().stream().anyMatch(i -> i.what().equals("黑色公文包")));
        noDialog(robot, "遗留物品登记");
        LeftItem found = left.getItems().stream().filter(i -> i.what().equals("黑色公文包")).findFirst().orElseThrow();
        robot.interact(() -> left.getSelectionModel().select(found));
        robot.clickOn("#leftItemPerson").write("前台");
        robot.clickOn("#handOverLeftItemButton");
        waitUntil(() -> left.getItems().stream().anyMatch(i -> i.id().equals(found.id()) && i.handedTo().equals("前台")));
        noDialog(robot, "遗留物品移交");
        robot.interact(() -> left.getSelectionModel().select(cup));
        robot.clickOn("#handOverLeftItemButton");
        waitUntil(() -> left.getItems().stream().anyMatch(i -> i.id().equals(cup.id()) && i.handedTo().equals("前台")));
        robot.interact(workbench::pollLive);
        waitUntil(() -> status.getText() != null && status.getText().endsWith("本机 6 条待发送"));
        try (Database elsewhere = Database.open(window.server, Duration.ZERO, () -> { }, null)) {
            new LeftItemRegister(elsewhere.dao(LeftItemDao.class), clock, UUID::randomUUID).markReturned(cup.id(),
                    "王先生");
            new ChecklistTemplate(elsewhere.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID)
                    .renameLine(second.id(), "对方第二项", "", "另一位领班");
        }
        openTab(robot, "#checklistsTab", "#checklistNewItem");
        robot.clickOn("#editTemplateButton");
        waitUntil(() -> robot.lookup("#templateItems").tryQuery().filter(WindowRobot::shown).isPresent());
        waitUntil(() -> items.getItems().stream().anyMatch(l -> l.textZh().equals("本机第二项")));

        window.network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return window.context.queuedRecords() == 0;
        });
        waitUntil(() -> items.getItems().stream().anyMatch(l -> l.textZh().equals("对方第二项")));
        onlyTheEditor(robot, "the refused rename: the open editor shows the stored template");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        waitUntil(() -> left.getItems().stream().noneMatch(i -> i.id().equals(cup.id())));
        assertThat(status.getText()).as("the hand-over over a return made elsewhere counted").contains("2 条离线记录");
        waitUntil(() -> String.valueOf(workbench.state().statusProperty().get()).contains("“本机第二项”")
                && workbench.state().statusProperty().get().contains("“蓝色水杯”")); // named, theirs kept (0048)
        try (AppContext other = AppContext.open(otherLaptop, clock, window.server, Duration.ZERO, () -> { }, null)) {
            assertThat(other.checklists().template().lines(first.group())).extracting(TemplateLine::textZh)
                    .containsOnlyOnce("断网时改的模板项", "断网时新增的模板项");
            assertThat(other.incidents().leftItems().ofMeeting(SampleMeeting.ID))
                    .filteredOn(i -> i.what().equals("黑色公文包")).extracting(LeftItem::handedTo).containsExactly("前台");
        }
    }

    /** Fails when a dialog besides the template editor shows (a storage message) after {@code step}. */
    private static void onlyTheEditor(FxRobot robot, String step) {
        assertThat(robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)).as(step).hasSize(1);
    }

    /** Fails with the dialog's text when one shows (a storage message) after {@code step}. */
    private static void noDialog(FxRobot robot, String step) {
        assertThat(robot.lookup(".dialog-pane").tryQuery().map(DialogPane.class::cast)
                .map(p -> p.getHeaderText() + " " + p.getContentText())).as(step).isEmpty();
    }
}
