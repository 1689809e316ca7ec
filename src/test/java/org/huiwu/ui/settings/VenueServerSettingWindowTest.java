package org.huiwu.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.huiwu.logic.settings.VenueServerSetting;
import org.huiwu.ui.AppWindow;
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
 * 视图 → 设置 → 会务服务器 on the real window: choosing a venue server and leaving each field with Tab remembers
 * the URL and login for the next start (said in the dialog), and the password typed for the connection test is
 * written nowhere; an incomplete address is explained and not remembered.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class VenueServerSettingWindowTest {

    private static final String URL = "jdbc:postgresql://10.0.0.5:5432/huiwu";

    @TempDir
    Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage primary) {
        window = AppWindow.open(dataDir, Clock.systemDefaultZone(), 1366, 768);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void theServerIsRememberedOnTabWithoutThePassword(FxRobot robot) throws Exception {
        openSettings(robot);
        assertThat(robot.lookup("#venueInUse").queryAs(Label.class).getText()).isEqualTo("本窗口现在使用：本机数据文件夹。");
        assertThat(robot.lookup("#backupMinutesField").query().isVisible()).isTrue();
        robot.clickOn("#venueServerChoice");
        robot.clickOn("#venueUrlField").write("jdbc:mysql://x");
        robot.type(KeyCode.TAB);
        waitFor(() -> robot.lookup("#venueResult").queryAs(Label.class).getText().contains("jdbc:postgresql://"));
        assertThat(Files.exists(dataDir.resolve(VenueServerSetting.FILE))).as("an incomplete choice is not kept").isFalse();

        robot.clickOn("#venueUrlField").eraseText("jdbc:mysql://x".length()).write(URL);
        robot.clickOn("#venuePasswordField").write("s3cret-pw");
        robot.clickOn("#venueUserField").write("amy");
        robot.type(KeyCode.TAB);
        waitFor(() -> Files.exists(dataDir.resolve(VenueServerSetting.FILE)));
        waitFor(() -> new VenueServerSetting(dataDir).remembered().isPresent());

        assertThat(new VenueServerSetting(dataDir).remembered()).contains(new VenueServerSetting.Choice(URL, "amy", ""));
        assertThat(Files.readString(dataDir.resolve(VenueServerSetting.FILE))).doesNotContain("s3cret-pw");
        try (var files = Files.walk(dataDir)) {
            assertThat(files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".mv.db"))
                    .map(VenueServerSettingWindowTest::text)).noneMatch(text -> text.contains("s3cret-pw"));
        }
        assertThat(robot.lookup(".label").queryAllAs(Label.class))
                .anyMatch(label -> label.getText().contains("下次启动") || label.getText().contains("next time"));
        robot.type(KeyCode.ESCAPE);
    }

    private void openSettings(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Optional<MenuItem> settings = bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menuSettings".equals(item.getId())).findFirst();
        Platform.runLater(settings.orElseThrow()::fire);
        waitFor(() -> robot.lookup("#venueServerChoice").tryQuery().isPresent());
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
