package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.OffFxThread;
import org.huiwu.ui.common.ScriptedDialogs;
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
 * The export dialog driven as a user would: the current meeting is ticked, the folder comes from the
 * (scripted) folder chooser, Export writes the file; unticking everything keeps the dialog open with a
 * message; the date range shows how many meetings fall in it; the folder is checked on the database thread
 * (Export waits for the answer) and a bad folder's message goes when a good one is chosen.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;

    private AppContext context;
    private ExportScreen screen;
    private Meeting sample;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        context = OffFxThread.get(() -> AppContext.open(data, CLOCK));
        sample = OffFxThread.get(() -> {
            Meeting ensured = context.meetings().find(context.sampleMeeting().ensure()).orElseThrow();
            context.meetings().save(context.meetings().draft("专题会").withTitleAndDate("专题会", ensured.date().plusDays(3)));
            return ensured;
        });
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        AppState state = new AppState();
        state.currentMeetingProperty().set(sample);
        dialogs.chooseFolderAnswer(Files.createDirectories(dir.resolve("out-" + data.getFileName())));
        home = Files.createDirectories(dir.resolve("home-" + data.getFileName()).resolve("Documents")).getParent();
        screen = new ExportScreen(new ExportScreen.Services(context.exports(i18n), context.bundleMerger(),
                context.meetings(), () -> context.backups(3), new ScheduledRestore(data),
                new FxTaskRunner(context.databaseWorker()), dialogs, new FailureMessages(i18n, Database::problemOf),
                CLOCK.getZone(), () -> stage, new ExportFolders(context.preferences(), home), opened::add), state, i18n, () -> { });
        Scene scene = new Scene(new StackPane(), 400, 300);
        // the window's theme, as the app's owner window has it: the dialogs copy its stylesheets and look up its colours
        org.huiwu.ui.common.Themes.apply(scene, org.huiwu.logic.settings.Preferences.Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theCurrentMeetingIsExportedIntoTheChosenFolder(FxRobot robot) throws Exception {
        robot.interact(screen::openExportDialog);
        ListView<?> list = robot.lookup("#exportMeetingList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(robot.lookup("#exportSummary").queryAs(Label.class).getText()).isEqualTo("已选 1 个会议。");
        robot.clickOn("#chooseFolderButton");
        dialogs.answerChoice(0);
        robot.clickOn("#exportButton");
        waitUntil(() -> !opened.isEmpty() || !dialogs.errors().isEmpty());
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.questions().get(0).message()).startsWith("已导出 1 个文件");
        Path out = dialogs.chooseFolder("").orElseThrow();
        assertThat(opened).containsExactly(out);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".xlsx"));
        }
        assertThat(robot.lookup("#exportMeetingList").tryQuery()).isEmpty();
    }

    @Test
    void nothingTickedKeepsTheDialogOpenWithAMessage(FxRobot robot) {
        robot.interact(screen::openExportDialog);
        ListView<?> list = robot.lookup("#exportMeetingList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        robot.clickOn("#chooseFolderButton");
        CheckBox ticked = robot.lookup("#exportMeetingList .check-box").match(n -> ((CheckBox) n).isSelected())
                .queryAs(CheckBox.class);
        robot.clickOn(ticked);
        assertThat(robot.lookup("#exportSummary").queryAs(Label.class).getText()).isEqualTo("已选 0 个会议。");
        robot.clickOn("#exportButton");
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText()).isEqualTo("请至少勾选一个会议。");
        assertThat(robot.lookup("#exportMeetingList").tryQuery()).isPresent();
        assertThat(dialogs.information()).isEmpty();
    }

    @Test
    void theFolderIsOfferedCanBeTypedIsCheckedAndItsMessageGoesWhenAFolderIsChosen(FxRobot robot) throws Exception {
        robot.interact(screen::openExportDialog);
        TextField folder = robot.lookup("#exportFolderField").queryAs(TextField.class);
        Path offered = home.resolve("Documents").resolve("Huiwu exports");
        waitUntil(() -> folder.getText().equals(offered.toString()));
        assertThat(offered).isDirectory();

        robot.doubleClickOn(folder).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(dir.resolve("no-such-folder").toString());
        robot.clickOn("#exportButton");
        Label problem = robot.lookup("#exportProblem").queryAs(Label.class);
        waitUntil(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).contains("不存在");
        assertThat(problem.isVisible()).isTrue();
        robot.clickOn("#chooseFolderButton");
        assertThat(problem.isVisible()).isFalse();
        assertThat(folder.getText()).isEqualTo(dialogs.chooseFolder("").orElseThrow().toString());
    }

    @Test
    void theDateRangeShowsHowManyMeetingsFallInIt(FxRobot robot) {
        robot.interact(screen::openExportDialog);
        ListView<?> list = robot.lookup("#exportMeetingList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        robot.clickOn("#rangeChoice");
        Label summary = robot.lookup("#exportSummary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("此日期范围内有 2 个会议。");
        robot.interact(() -> robot.lookup("#toPicker").queryAs(DatePicker.class).setValue(sample.date()));
        assertThat(summary.getText()).isEqualTo("此日期范围内有 1 个会议。");
        robot.interact(() -> robot.lookup("#fromPicker").queryAs(DatePicker.class).setValue(sample.date().plusDays(1)));
        robot.clickOn("#exportButton");
        assertThat(robot.lookup("#exportProblem").queryAs(Label.class).getText()).isEqualTo("开始日期晚于结束日期，请调整。");
    }

    @Test
    void theFolderIsCheckedOnTheDatabaseThreadAndExportWaitsForTheCheck(FxRobot robot) throws Exception {
        robot.interact(screen::openExportDialog);
        TextField folder = robot.lookup("#exportFolderField").queryAs(TextField.class);
        waitUntil(() -> !folder.getText().isEmpty());
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        context.databaseWorker().execute(() -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        robot.interact(() -> folder.setText(dir.resolve("still-no-folder").toString()));
        robot.clickOn("#exportButton");
        Label problem = robot.lookup("#exportProblem").queryAs(Label.class);
        javafx.scene.Node exportButton = robot.lookup("#exportButton").query();
        assertThat(problem.getText()).as("not checked on the FX thread").isEmpty();
        assertThat(exportButton.isDisabled()).as("Export waits for the check").isTrue();

        release.countDown();
        waitUntil(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).contains("不存在");
        assertThat(exportButton.isDisabled()).isFalse();
        assertThat(robot.lookup("#exportMeetingList").tryQuery()).as("the dialog stays open").isPresent();
        assertThat(opened).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
