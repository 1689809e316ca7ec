package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window is built while its folder's database opens (decision 0040), started as the launcher starts it: while
 * the 涉密 question of a plain folder is open, the real screens are there but no meeting has been read, the list
 * says the folder is being opened and every command but quit and about is off; once the question is answered the
 * same window fills. (A database found unusable after the screens were built: {@code FolderOpeningTest}; the
 * window's answers are then dropped: {@code FxTaskRunnerTest}.)
 */
@Tag("ui")
class WindowWhileOpeningTest {

    @TempDir
    Path dir;

    private Path data;
    private javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void folderInEnglish() throws TimeoutException {
        data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, Clock.systemDefaultZone())) {
            context.sampleMeeting().ensure();
            context.preferences().setLanguage(Language.ENGLISH);
        }
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("huiwu-closing")) {
                thread.join(TimeUnit.MINUTES.toMillis(2));
            }
        }
    }

    @Test
    void theScreensWaitForTheClassifiedRuleBeforeReadingAnyMeeting() throws Exception {
        try (AppContext context = AppContext.open(data, Clock.systemDefaultZone())) {
            Meeting m = Fixtures.meeting("保密工作专题会", java.time.LocalDate.of(2026, 12, 8));
            context.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                    m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                    Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                    m.contactPhone(), m.notes(), m.agenda()));
        }
        start();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        waitFor(() -> robot.lookup("#classifiedOverrideButton").tryQuery().isPresent());

        ListView<?> list = robot.lookup("#meetingList").queryAs(ListView.class);
        assertThat(list.getItems()).as("no meeting read before the rule is settled").isEmpty();
        assertThat(robot.lookup("#meetingListReading").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#meetingListReading").queryLabeled().getText()).isEqualTo("Opening the data folder…");
        assertThat(robot.lookup("#openSampleButton").tryQuery().map(Node::isVisible)).as("no sample offered yet")
                .hasValue(false);
        assertThat(item(stage, "menuNewMeeting").isDisable()).as("meeting commands wait for the folder").isTrue();
        assertThat(item(stage, "menuSettings").isDisable()).isTrue();
        assertThat(item(stage, "menuQuit").isDisable()).isFalse();
        assertThat(item(stage, "menuAbout").isDisable()).isFalse();

        robot.clickOn("#overrideSupervisor").write("Director Wang");
        robot.clickOn("#overrideReason").write("Closed venue network");
        robot.clickOn("#classifiedOverrideButton");

        waitFor(() -> list.getItems().size() == 2);
        assertThat(robot.lookup("#meetingListReading").queryLabeled().isVisible()).isFalse();
        assertThat(item(stage, "menuNewMeeting").isDisable()).isFalse();
        assertThat(item(stage, "menuSettings").isDisable()).isFalse();
    }

    private void start() throws TimeoutException {
        String[] arguments = {"--data-dir", data.toString()};
        HuiwuApp.beginOpening(arguments);
        app = FxToolkit.setupApplication(HuiwuApp.class, arguments);
    }

    private static MenuItem item(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        Optional<MenuItem> found = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst();
        return found.orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
