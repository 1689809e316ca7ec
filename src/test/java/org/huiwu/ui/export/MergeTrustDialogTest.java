package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.FxTaskRunner;
import org.huiwu.ui.SavesToChosenFile;
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
 * Merging in the window with the real alerts (decision 0025): the question names the bundle's signer and
 * fingerprint and is asked once; the outcome names the signer; a trusted signer's next bundle merges without
 * asking.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MergeTrustDialogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path dir;

    private AppContext office;
    private MeetingExportViewModel model;
    private Path bundle;
    private String fingerprint;

    @Start
    void start(Stage stage) throws Exception {
        Path laptopData = Files.createTempDirectory(dir, "laptop");
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        org.huiwu.ui.OffFxThread.run(() -> {
            try (AppContext laptop = AppContext.open(laptopData, CLOCK)) {
                laptop.preferences().setAttendantName("吕佳");
                bundle = laptop.exports(zh).export(List.of(laptop.sampleMeeting().ensure()), ExportFormat.BUNDLE,
                        Files.createTempDirectory(dir, "bundles"), ExportMonitor.none()).get(0);
                fingerprint = laptop.signingKey("").signer().fingerprint();
            }
        });
        office = org.huiwu.ui.OffFxThread.get(() -> AppContext.open(Files.createTempDirectory(dir, "office"), CLOCK));
        DialogService dialogs = SavesToChosenFile.opening(() -> stage, () -> bundle);
        model = new MeetingExportViewModel(office.exports(zh), office.bundleMerger(),
                new FxTaskRunner(office.databaseWorker()), dialogs, new FailureMessages(zh, Database::problemOf), zh,
                MeetingExportViewModel.FolderOpener.NONE);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        office.close();
    }

    @Test
    void theSignerIsShownAndTrustedOnce(FxRobot robot) {
        Platform.runLater(() -> model.mergeBundles(() -> { }));
        DialogPane question = waitForDialog(robot);
        assertThat(question.getContentText()).contains("吕佳", fingerprint, "本机还不认识这位签名人");
        robot.clickOn(button(question, "信任并合并"));

        DialogPane done = waitForDialogOtherThan(robot, question);
        assertThat(done.getContentText()).startsWith("已合并 1 个数据包").contains("签名人：吕佳（指纹 " + fingerprint + "）");
        robot.clickOn(done.lookupButton(ButtonType.OK));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        Platform.runLater(() -> model.mergeBundles(() -> { }));
        DialogPane again = waitForDialog(robot);
        assertThat(again.getContentText()).as("a trusted signer is not asked again").startsWith("已合并 1 个数据包")
                .contains("吕佳");
        robot.clickOn(again.lookupButton(ButtonType.OK));
        assertThat(office.trustedSigners().history()).hasSize(2);
    }

    private static Button button(DialogPane pane, String text) {
        return (Button) pane.getButtonTypes().stream().map(pane::lookupButton)
                .filter(b -> ((Button) b).getText().equals(text)).findFirst().orElseThrow();
    }

    private static DialogPane waitForDialog(FxRobot robot) {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static DialogPane waitForDialogOtherThan(FxRobot robot, DialogPane previous) {
        waitUntil(() -> robot.lookup(".dialog-pane").match(p -> p != previous && p.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match(p -> p != previous).queryAs(DialogPane.class);
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
