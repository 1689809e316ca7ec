package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.openTab;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.Workbench;
import org.huiwu.logic.live.LoopbackForwarder;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.persistence.DatabaseServer;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A hurried attendant in the real window through a cut of the network to the venue's PostgreSQL (decisions 0040,
 * 0041), with keyboard and mouse: 会议 → 新建会议, the form filled with Tab and Enter; its 检查单 opened for the
 * first time and an item typed with Enter; a block added to the sample meeting's seating (read before the cut) and
 * renamed in the block editor; other screens and English chosen in the settings (told it is stored on this laptop,
 * decision 0046). Nothing shows a storage message,
 * each change shows at once, the status bar counts what waits; once the network is back the live poll sends it, a
 * second laptop on the same server sees each record once, and this window still shows the same. Needs the PostgreSQL
 * test server (skips without it, fails on CI).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OutageWalkthroughTest {

    @TempDir
    Path laptop;
    @TempDir
    Path otherLaptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private WindowOnServer window;
    private DatabaseServer server;
    private LoopbackForwarder network;
    private AppContext context;
    private Workbench workbench;

    @Start
    void start(Stage primary) {
        // the window is opened in open(), once the laptop's store is there
    }

    @BeforeEach
    void open() throws Exception {
        window = WindowOnServer.open(laptop, clock, 1280, 720);
        server = window.server;
        network = window.network;
        context = window.context;
        workbench = window.workbench();
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void aNewMeetingItsFirstChecklistAndABlockDuringACutArriveOnceAndShowTheSame(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        openTab(robot, "#seatingTab", "#autoAssignButton");
        ListView<SeatBlock> blocks = robot.lookup("#blockList").queryListView();
        waitUntil(() -> blocks.getItems().size() == 2);
        Label status = robot.lookup("#serverLabel").queryAs(Label.class);
        robot.interact(workbench::pollLive);
        waitUntil(() -> "实时同步".equals(status.getText()));

        network.cut();
        WindowRobot.command(robot, "会议", "新建会议");
        waitUntil(() -> workbench.state().currentMeeting() != null
                && !workbench.state().currentMeeting().id().equals(SampleMeeting.ID));
        noDialog(robot, "新建会议");
        Meeting made = workbench.state().currentMeeting();
        robot.clickOn("#detailsTab");
        waitUntil(() -> robot.lookup("#meetingTitleField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.doubleClickOn("#meetingTitleField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("离线茶话会").type(KeyCode.TAB);
        robot.clickOn("#meetingVenueField").write("三号厅").type(KeyCode.ENTER);
        waitUntil(() -> context.meetings().find(made.id()).map(m -> m.title().equals("离线茶话会")
                && m.venue().equals("三号厅")).orElse(false));
        noDialog(robot, "会议表单");
        waitUntil(() -> listed(robot, "离线茶话会") == 1);

        openTab(robot, "#checklistsTab", "#checklistNewItem");
        noDialog(robot, "检查单首次打开");
        robot.clickOn("#checklistAttendant").write("吕佳");
        robot.clickOn("#checklistNewItem").write("离线加的一项").type(KeyCode.ENTER);
        ListView<ChecklistLine> lines = robot.lookup("#checklistLines").queryListView();
        waitUntil(() -> lines.getItems().stream().filter(l -> l.item().textZh().equals("离线加的一项")).count() == 1);
        noDialog(robot, "检查单加项");
        openTab(robot, "#roundsTab", "#startRoundButton");
        Label teaProblem = robot.lookup("#roundProblem").queryAs(Label.class);
        Label teaSummary = robot.lookup("#roundSummary").queryAs(Label.class);
        waitUntil(() -> teaSummary.getText() != null && teaSummary.getText().startsWith("轮次 0"));
        assertThat(teaProblem.getText()).as("the new meeting's tea board").isEmpty();

        robot.clickOn(robot.lookup("#meetingList .list-cell").match(this::sampleCell).queryAs(Node.class));
        waitUntil(() -> workbench.state().currentMeeting().id().equals(SampleMeeting.ID));
        openTab(robot, "#seatingTab", "#autoAssignButton");
        ListView<SeatBlock> sampleBlocks = robot.lookup("#blockList").queryListView();
        waitUntil(() -> sampleBlocks.getItems().size() == 2);
        robot.clickOn("#addBlockButton");
        waitUntil(() -> robot.lookup("#addBlock-AUDIENCE").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.clickOn("#addBlock-AUDIENCE");
        waitUntil(() -> robot.lookup("#blockRowsField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.doubleClickOn("#blockRowsField").eraseText(12).write("4");
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));
        waitUntil(() -> sampleBlocks.getItems().size() == 3);
        noDialog(robot, "加座区");
        robot.interact(() -> sampleBlocks.getSelectionModel().select(2));
        robot.clickOn("#editBlockButton");
        waitUntil(() -> robot.lookup("#blockNameField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.doubleClickOn("#blockNameField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("加座区").type(KeyCode.ENTER);
        waitUntil(() -> sampleBlocks.getItems().stream().anyMatch(b -> b.name().equals("加座区")));
        noDialog(robot, "改座区");

        openTab(robot, "#attendeesTab", "#attendeeTable");
        openTab(robot, "#checklistsTab", "#checklistNewItem");
        noDialog(robot, "切换页面");
        robot.interact(workbench::pollLive);
        int waiting = context.queuedRecords();
        assertThat(waiting).as("a new meeting, its edits, its checklist and item, two layout changes").isGreaterThanOrEqualTo(6);
        waitUntil(() -> status.getText() != null && status.getText().endsWith("本机 " + waiting + " 条待发送"));
        statusBarFits(robot, status, Language.CHINESE);

        WindowRobot.command(robot, "视图", "设置…");
        waitUntil(() -> robot.lookup("#languageBox").tryQuery().isPresent());
        ComboBox<Language> language = robot.lookup("#languageBox").queryComboBox();
        waitUntil(() -> robot.lookup("#classifiedStateLabel").queryAs(Label.class).getText().contains("会务服务器"));
        assertThat(robot.lookup("#venueInUse").queryAs(Label.class).getText()).as("the server given on the command line")
                .startsWith("本窗口现在使用：会务服务器");
        assertThat(robot.lookup("#backupMinutesField").query().isVisible()).as("the server's backups are not the laptop's")
                .isFalse();
        robot.interact(() -> language.getSelectionModel().select(Language.ENGLISH));
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().map(DialogPane.class::cast)
                .filter(p -> p.getContentText() != null && p.getContentText().startsWith("设置已保存在本机")).isPresent());
        DialogPane stored = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(workbench.language()).as("told before the window changes language").isEqualTo(Language.CHINESE);
        robot.clickOn(stored.lookupButton(ButtonType.OK));
        waitUntil(() -> workbench.language() == Language.ENGLISH);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        afterTheDatabaseThread();
        assertThat(workbench.feedback().trend().statusProperty().get()).as("the feedback trend read again in English")
                .doesNotContain("venue server");
        Label english = robot.lookup("#serverLabel").queryAs(Label.class);
        robot.interact(workbench::pollLive);
        waitUntil(() -> english.getText() != null && english.getText().endsWith(", " + waiting + " waiting on this laptop"));
        statusBarFits(robot, english, Language.ENGLISH);

        network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return context.queuedRecords() == 0;
        });
        robot.interact(workbench::pollLive);
        Label back = robot.lookup("#serverLabel").queryAs(Label.class);
        waitUntil(() -> "Live".equals(back.getText()));
        noDialog(robot, "after the network is back");

        try (AppContext other = AppContext.open(otherLaptop, clock, server, Duration.ZERO, () -> { }, null)) {
            assertThat(other.meetings().list()).filteredOn(m -> m.id().equals(made.id()))
                    .extracting(Meeting::title, Meeting::venue).containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "离线茶话会", "三号厅"));
            assertThat(other.checklists().current(made.id()).lines()).filteredOn(l -> l.item().textZh().equals("离线加的一项"))
                    .hasSize(1);
            assertThat(other.seatPlans().find(SampleMeeting.ID).orElseThrow().blocks()).extracting(SeatBlock::name)
                    .containsOnlyOnce("加座区").hasSize(3);
        }
        assertThat(context.meetings().list()).filteredOn(m -> m.title().equals("离线茶话会")).hasSize(1);
        waitUntil(() -> listed(robot, "离线茶话会") == 1);
        assertThat(context.checklists().current(made.id()).lines())
                .filteredOn(l -> l.item().textZh().equals("离线加的一项")).hasSize(1);
        openTab(robot, "#seatingTab", "#autoAssignButton");
        ListView<SeatBlock> shown = robot.lookup("#blockList").queryListView();
        waitUntil(() -> shown.getItems().stream().filter(b -> b.name().equals("加座区")).count() == 1);
    }

    /** A meeting made during the cut, its first block added, then its form typed into once the network is back. */
    @Test
    void theFormOfAMeetingMadeDuringACutKeepsSavingOnceTheNetworkIsBack(FxRobot robot) {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> workbench.state().currentMeeting() != null);
        Label status = robot.lookup("#serverLabel").queryAs(Label.class);
        robot.interact(workbench::pollLive);
        waitUntil(() -> "实时同步".equals(status.getText()));
        network.cut();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> workbench.state().currentMeeting() != null
                && !workbench.state().currentMeeting().id().equals(SampleMeeting.ID));
        Meeting made = workbench.state().currentMeeting();
        robot.clickOn("#detailsTab");
        waitUntil(() -> robot.lookup("#meetingTitleField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.doubleClickOn("#meetingTitleField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("断网时新建").type(KeyCode.ENTER);
        waitUntil(() -> context.meetings().find(made.id()).map(m -> m.title().equals("断网时新建")).orElse(false));
        openTab(robot, "#seatingTab", "#autoAssignButton");
        ListView<SeatBlock> blocks = robot.lookup("#blockList").queryListView();
        robot.clickOn("#addBlockButton");
        waitUntil(() -> robot.lookup("#addBlock-AUDIENCE").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.clickOn("#addBlock-AUDIENCE");
        waitUntil(() -> robot.lookup("#blockRowsField").tryQuery().filter(WindowRobot::shown).isPresent());
        robot.clickOn(dialog(robot).lookupButton(ButtonType.OK));
        afterTheDatabaseThread();
        noDialog(robot, "a first block on the new meeting");
        waitUntil(() -> blocks.getItems().size() == 1);
        robot.clickOn("#detailsTab");
        waitUntil(() -> robot.lookup("#meetingTitleField").tryQuery().filter(WindowRobot::shown).isPresent());

        network.restore();
        waitUntil(() -> {
            robot.interact(workbench::pollLive);
            return context.queuedRecords() == 0 && "实时同步".equals(status.getText());
        });
        robot.clickOn("#meetingVenueField").write("五号厅").type(KeyCode.ENTER);
        afterTheDatabaseThread();
        noDialog(robot, "the next save once the network is back");
        try (AppContext other = AppContext.open(otherLaptop, clock, server, Duration.ZERO, () -> { }, null)) {
            waitUntil(() -> other.meetings().find(made.id()).map(m -> m.venue().equals("五号厅")
                    && m.title().equals("断网时新建")).orElse(false));
            assertThat(other.seatPlans().find(made.id()).orElseThrow().blocks()).as("its first plan, made during the cut")
                    .hasSize(1);
        }
    }

    /**
     * The status bar's text as it stands, then its longest (the count of offline records kept as another laptop set
     * them, for two minutes after sending), is shown whole at 1280×720 beside the data folder.
     */
    private void statusBarFits(FxRobot robot, Label server, Language language) {
        assertThat(LayoutInspector.problems(server.getScene(), language)).as("the status bar as it stands")
                .filteredOn(p -> p.contains("serverLabel") || p.contains("status")).isEmpty();
        String shown = server.getText();
        org.huiwu.i18n.I18n i18n = new org.huiwu.i18n.I18n(language.locale());
        robot.interact(() -> workbench.state().serverStatusProperty().set(i18n.format("live.status.checkInsKept",
                i18n.format("live.status.lostWaiting", "16:11:26", 12), 12)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(LayoutInspector.problems(server.getScene(), language)).as("the status bar's longest text")
                .filteredOn(p -> p.contains("serverLabel") || p.contains("status")).isEmpty();
        robot.interact(() -> workbench.state().serverStatusProperty().set(shown));
    }

    /** Waits until what the window asked of the database thread so far has run and its answer is shown. */
    private void afterTheDatabaseThread() {
        try {
            context.databaseWorker().submit(() -> null).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean sampleCell(Node cell) {
        return cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof Meeting m
                && m.id().equals(SampleMeeting.ID);
    }

    private static long listed(FxRobot robot, String title) {
        ListView<Meeting> list = robot.lookup("#meetingList").queryListView();
        return list.getItems().stream().filter(m -> m.title().equals(title)).count();
    }

    private static DialogPane dialog(FxRobot robot) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Fails with the dialog's text when one shows (a storage message) after {@code step}. */
    private static void noDialog(FxRobot robot, String step) {
        Optional<DialogPane> shown = robot.lookup(".dialog-pane").tryQuery().map(DialogPane.class::cast);
        assertThat(shown.map(p -> p.getHeaderText() + " " + p.getContentText())).as(step).isEmpty();
    }
}
