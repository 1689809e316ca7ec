package org.huiwu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huiwu.ui.WindowRobot.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Found on a walk through the real window: after an export the app says where the file went and offers to
 * open the folder. The message, with the real dialogs, offers exactly 打开文件夹 and 关闭 — no 取消 beside 关闭,
 * since nothing is left to cancel — and Esc closes it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportDoneDialogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @RegisterExtension
    final AppWindowExtension app = new AppWindowExtension(CLOCK, 1280, 720);

    @TempDir
    Path out;

    @Test
    void theDoneMessageOffersOpenFolderAndCloseOnlyAndEscClosesIt(FxRobot robot) throws Exception {
        robot.clickOn("#openSampleButton");
        waitUntil(() -> app.window().workbench().state().currentMeeting() != null);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#exportFolderField").tryQuery().isPresent());
        TextField folder = robot.lookup("#exportFolderField").queryAs(TextField.class);
        robot.interact(() -> folder.setText(out.toString()));
        robot.clickOn("#exportButton");

        waitUntil(() -> doneMessage(robot) != null);
        DialogPane done = doneMessage(robot);
        assertThat(done.getButtonTypes().stream().map(type -> ((Button) done.lookupButton(type)).getText()))
                .containsExactly("打开文件夹", "关闭");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> doneMessage(robot) == null);
    }

    private static DialogPane doneMessage(FxRobot robot) {
        return robot.lookup(".dialog-pane").match(pane -> pane.getScene().getWindow().isShowing()
                && ((DialogPane) pane).getContentText() != null
                && ((DialogPane) pane).getContentText().startsWith("已导出")).tryQuery()
                .map(DialogPane.class::cast).orElse(null);
    }
}
