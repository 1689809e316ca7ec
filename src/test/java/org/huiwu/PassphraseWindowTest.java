package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.ui.privacy.PassphraseAtStart;
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
 * The passphrase question at start, driven through the real dialog on an encrypted folder whose user chose
 * English: it is asked in English; a wrong passphrase gets a clear message with the tries left; the third wrong
 * one stops with a message (in English) that says a forgotten passphrase cannot be recovered; wrong tries change
 * no byte of the folder; the right one opens it; cancelling opens nothing.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PassphraseWindowTest {

    private static final String PASSPHRASE = "正确 的 口令";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Path data;

    @Start
    void start(Stage primary) {
        // the dialogs own no window: they are shown before the main window exists
    }

    @BeforeEach
    void encryptedEnglishFolder() {
        data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, CLOCK)) {
            context.sampleMeeting().ensure();
            context.preferences().setLanguage(Language.ENGLISH);
        }
        FolderEncryption.encryptAndOpen(data, PASSPHRASE, CLOCK).close();
    }

    @Test
    void threeWrongPassphrasesStopWithAClearMessageAndChangeNothing(FxRobot robot) throws Exception {
        Map<String, byte[]> before = contents(data);
        CompletableFuture<String> asked = ask();

        waitFor(() -> robot.lookup("#passphraseField").tryQuery().isPresent());
        assertThat(title(robot)).isEqualTo("Enter the passphrase");
        assertThat(texts(robot)).contains(data.toString()).contains("cannot be recovered");
        assertThat(robot.lookup("#passphraseProblem").queryAs(Label.class).isVisible()).isFalse();
        for (int attempt = 1; attempt <= 3; attempt++) {
            int left = 3 - attempt;
            robot.clickOn("#passphraseField").write("wrong " + attempt);
            robot.clickOn("#passphraseOkButton");
            if (left > 0) {
                waitFor(() -> robot.lookup("#passphraseProblem").tryQueryAs(Label.class)
                        .filter(l -> l.isVisible() && l.getText().contains(left + " tries left")).isPresent());
                assertThat(robot.lookup("#passphraseField").queryAs(PasswordField.class).getText()).isEmpty();
            }
        }
        StorageUnavailableException stop = failure(asked);
        assertThat(stop.problem()).isEqualTo(StorageProblem.WRONG_PASSPHRASE);
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = HuiwuApp.startupFailureAlert(Preferences.languageBeforeOpening(data), stop);
            alert[0].show();
        });
        assertThat(alert[0].getContentText()).contains("passphrase is wrong").contains("cannot be recovered")
                .contains("nothing was changed");
        robot.interact(alert[0]::close);

        Map<String, byte[]> after = contents(data);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theRightPassphraseAfterAWrongOneOpensTheFolderAndCancellingOpensNothing(FxRobot robot) throws Exception {
        CompletableFuture<String> asked = ask();
        waitFor(() -> robot.lookup("#passphraseField").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write("wrong");
        robot.clickOn("#passphraseOkButton");
        waitFor(() -> robot.lookup("#passphraseProblem").tryQueryAs(Label.class).filter(Label::isVisible).isPresent());
        robot.clickOn("#passphraseField").write(PASSPHRASE);
        robot.clickOn("#passphraseOkButton");
        assertThat(asked.get(60, TimeUnit.SECONDS)).isEqualTo(PASSPHRASE);
        waitFor(() -> robot.lookup("#passphraseField").tryQuery().isEmpty());

        CompletableFuture<String> cancelled = ask();
        waitFor(() -> robot.lookup("#passphraseField").tryQuery().isPresent()
                && robot.lookup("Cancel").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("Cancel");
        assertThat(failure(cancelled).problem()).isEqualTo(StorageProblem.PASSPHRASE_NEEDED);
    }

    /** Asks as the app does at start, on a thread of its own, in the language noted in the folder. */
    private CompletableFuture<String> ask() {
        I18n i18n = new I18n(Preferences.languageBeforeOpening(data).locale());
        return CompletableFuture.supplyAsync(() -> new PassphraseAtStart(i18n, data,
                given -> AppContext.open(data, CLOCK, Duration.ZERO, () -> { }, given).close(), attempt -> { }).ask());
    }

    private static StorageUnavailableException failure(CompletableFuture<String> asked) throws Exception {
        try {
            asked.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return (StorageUnavailableException) e.getCause();
        }
        throw new AssertionError("the folder was opened");
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#passphraseField").query().getScene().getWindow() instanceof Stage stage
                ? stage.getTitle() : "";
    }

    private static String texts(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        robot.lookup(".label").queryAllAs(Label.class).forEach(l -> all.append(l.getText()).append('\n'));
        return all.toString();
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every file under the folder but the logs, by name. */
    private static Map<String, byte[]> contents(Path folder) throws Exception {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.startsWith(folder.resolve("logs"))) {
                    all.put(folder.relativize(file).toString(), Files.readAllBytes(file));
                }
            }
        }
        return all;
    }
}
