package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.Database;
import org.huiwu.ui.privacy.ClassifiedGateAtStart;
import org.huiwu.ui.privacy.ClassifiedGateAtStart.Outcome;
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
 * The start of a folder that holds a 涉密 meeting but is not encrypted, through the real dialog in the user's
 * language (English here): it names the meeting and offers both ways on; the override needs a name and a reason
 * and logs them; "encrypt now" asks a new passphrase twice (OK only when both match) and leaves the folder
 * encrypted; choosing neither leaves the folder as it was.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClassifiedGateWindowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private Path data;
    private AppContext context;

    @Start
    void start(Stage primary) {
        // the dialog is shown before the main window exists
    }

    @BeforeEach
    void classifiedMeetingInAPlainFolder() {
        data = dir.resolve("data");
        context = AppContext.open(data, CLOCK);
        context.sampleMeeting().ensure();
        Meeting m = Fixtures.meeting("保密工作专题会", java.time.LocalDate.of(2026, 12, 8));
        context.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
        context.preferences().setLanguage(Language.ENGLISH);
        assertThat(context.classifiedFolder().needsDecision()).isTrue();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aSupervisorsOverrideNeedsANameAndAReasonAndIsLogged(FxRobot robot) throws Exception {
        CompletableFuture<Outcome> settled = settle();
        waitFor(() -> robot.lookup("#classifiedOverrideButton").tryQuery().isPresent());
        assertThat(texts(robot)).contains("not encrypted").contains(context.classifiedFolder().classifiedMeetings()
                .get(0).title());
        Button override = robot.lookup("#classifiedOverrideButton").queryButton();
        assertThat(override.isDisabled()).isTrue();
        robot.clickOn("#overrideSupervisor").write("Director Wang");
        assertThat(override.isDisabled()).as("a reason is needed too").isTrue();
        robot.clickOn("#overrideReason").write("Closed venue network, no outside link");
        robot.clickOn("#classifiedOverrideButton");

        assertThat(settled.get(60, TimeUnit.SECONDS)).isEqualTo(Outcome.OVERRIDDEN);
        ClassifiedFolder rule = context.classifiedFolder();
        assertThat(rule.needsDecision()).isFalse();
        assertThat(rule.latestOverride()).hasValueSatisfying(o -> {
            assertThat(o.decidedBy()).isEqualTo("Director Wang");
            assertThat(o.reason()).isEqualTo("Closed venue network, no outside link");
            assertThat(o.decidedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(Database.isEncrypted(data)).isFalse();
    }

    @Test
    void encryptNowAsksANewPassphraseTwiceAndEncryptsTheFolder(FxRobot robot) throws Exception {
        CompletableFuture<Outcome> settled = settle();
        waitFor(() -> robot.lookup("#classifiedEncryptButton").tryQuery().isPresent());
        robot.clickOn("#classifiedEncryptButton");
        waitFor(() -> robot.lookup("#newPassphraseField").tryQuery().isPresent());
        assertThat(texts(robot)).contains("cannot be recovered");
        robot.clickOn("#newPassphraseField").write("新 口令 2026");
        robot.clickOn("#newPassphraseRepeat").write("新 口令 2025");
        assertThat(robot.lookup("#newPassphraseOkButton").queryButton().isDisabled()).as("not repeated alike").isTrue();
        robot.clickOn("#newPassphraseRepeat").eraseText(1).write("6");
        robot.clickOn("#newPassphraseOkButton");

        assertThat(settled.get(120, TimeUnit.SECONDS)).isEqualTo(Outcome.ENCRYPTED);
        assertThat(Database.isEncrypted(data)).isTrue();
        assertThat(context.classifiedFolder().needsDecision()).isFalse();
        assertThat(context.passphrase()).isEqualTo("新 口令 2026");
    }

    @Test
    void choosingNeitherWayLeavesTheFolderAsItWas(FxRobot robot) throws Exception {
        CompletableFuture<Outcome> settled = settle();
        waitFor(() -> robot.lookup("#classifiedQuitButton").tryQuery().isPresent());
        robot.clickOn("#classifiedQuitButton");
        assertThat(settled.get(60, TimeUnit.SECONDS)).isEqualTo(Outcome.NOT_SETTLED);
        assertThat(context.classifiedFolder().needsDecision()).isTrue();
        assertThat(context.classifiedFolder().overrides()).isEmpty();
        assertThat(Database.isEncrypted(data)).isFalse();
    }

    /** Settles the folder as the app does at start (it closes, encrypts and reopens the folder to encrypt it). */
    private CompletableFuture<Outcome> settle() {
        I18n i18n = new I18n(context.preferences().language().locale());
        ClassifiedFolder rule = context.classifiedFolder();
        List<String> titles = rule.classifiedMeetings().stream().map(Meeting::title).toList();
        return CompletableFuture.supplyAsync(() -> new ClassifiedGateAtStart(i18n, data, titles,
                new ClassifiedGateAtStart.Folder() {
                    @Override
                    public void encrypt(String passphrase) {
                        context.close();
                        context = null;
                        context = FolderEncryption.encryptAndOpen(data, passphrase, CLOCK);
                    }

                    @Override
                    public void override(String supervisor, String reason) {
                        rule.override(supervisor, reason);
                    }
                }).settle());
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
}
