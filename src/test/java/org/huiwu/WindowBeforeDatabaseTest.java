package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.ui.shell.OpeningScreen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window does not wait for the database (decision 0035): the whole app is started with the folder's opening
 * held back, as a slow disk or a first migration would; the main window shows at once in the language and
 * theme noted beside the database, its meeting list saying the folder is being opened and every command that
 * needs the database off; when the opening is let go, the same window fills with the meeting list and the
 * commands come on; only once the filled list shows are the folder's DAOs attached ahead. A window closed
 * while its folder is still opening closes the folder once it has opened.
 */
@Tag("ui")
class WindowBeforeDatabaseTest {

    @TempDir
    Path dir;

    private Path data;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void folderWithTheSampleMeetingInEnglish() throws TimeoutException {
        data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, Clock.systemDefaultZone())) {
            context.sampleMeeting().ensure();
            context.preferences().setLanguage(Language.ENGLISH);
            context.preferences().setTheme(Theme.DIM);
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
    void theWindowShowsBeforeTheFolderIsOpenAndFillsWhenItIs() throws Exception {
        CompletableFuture<FolderOpening> held = new CompletableFuture<>();
        HuiwuApp.handOver(held);
        app = FxToolkit.setupApplication(HuiwuApp.class, "--data-dir", data.toString());
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("the window shows while the folder is held back").isTrue();
        assertThat(held).isNotDone();
        assertThat(robot.lookup("#" + OpeningScreen.ID).queryAs(Label.class).getText())
                .isEqualTo("Opening the data folder…");
        assertThat(robot.lookup("#meetingList").tryQuery()).isEmpty();
        assertThat(stage.getScene().getStylesheets()).as("the noted dim theme").anyMatch(css -> css.contains("dim"));
        assertThat(item(stage, "menuQuit").isDisable()).isFalse();
        assertThat(item(stage, "menuAbout").isDisable()).isFalse();
        assertThat(item(stage, "menuSettings").isDisable()).as("settings need the database").isTrue();
        assertThat(item(stage, "menuTheme").isDisable()).as("the theme is saved in the database").isTrue();
        assertThat(findItem(stage, "menuNewMeeting")).as("no meeting command before the folder is open").isEmpty();
        assertThat(item(stage, "menuOpening1").isDisable()).isTrue();

        AtomicReference<FolderOpening> opened = new AtomicReference<>();
        AtomicBoolean attachingWhileOpening = new AtomicBoolean(true);
        Thread opening = new Thread(() -> {
            FolderOpening folder = FolderOpening.open(data, StoreLocation.laptop(data), null);
            attachingWhileOpening.set(folder.context.database().attachingAhead());
            opened.set(folder);
            held.complete(folder);
        });
        opening.start();

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#meetingList").tryQuery()
                .map(list -> !((ListView<?>) list).getItems().isEmpty()).orElse(false));
        assertThat(robot.lookup("#" + OpeningScreen.ID).tryQuery()).isEmpty();
        assertThat(item(stage, "menuSettings").isDisable()).isFalse();
        assertThat(item(stage, "menuTheme").isDisable()).isFalse();
        assertThat(item(stage, "menuNewMeeting").isDisable()).isFalse();
        assertThat(stage.getScene().getStylesheets()).anyMatch(css -> css.contains("dim"));
        assertThat(attachingWhileOpening).as("no DAO attached ahead while the folder opens").isFalse();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.get().context.database().attachingAhead());
    }

    @Test
    void aWindowClosedWhileItsFolderOpensClosesTheFolderOnceOpen() throws Exception {
        CompletableFuture<FolderOpening> held = new CompletableFuture<>();
        HuiwuApp.handOver(held);
        app = FxToolkit.setupApplication(HuiwuApp.class, "--data-dir", data.toString());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        app = null;

        FolderOpening opened = FolderOpening.open(data, StoreLocation.laptop(data), null);
        held.complete(opened);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> opened.context.databaseWorker().isTerminated());
        assertThat(robot.lookup("#meetingList").tryQuery()).as("no window was filled after it closed").isEmpty();
        assertThat(Preferences.languageBeforeOpening(data)).isEqualTo(Language.ENGLISH);
        assertThat(Preferences.themeBeforeOpening(data)).isEqualTo(Theme.DIM);
    }

    private static MenuItem item(Stage stage, String id) {
        return findItem(stage, id).orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static Optional<MenuItem> findItem(Stage stage, String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst();
    }
}
