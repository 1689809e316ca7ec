package org.huiwu.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback ViewModels on the sample meeting without the FX toolkit, on real H2, with a clock the test
 * moves: the survey summary changes as forms are entered, refusals come as English sentences, and a
 * complaint is recorded now, handled and closed with its history.
 */
class FeedbackViewModelsTest {

    private static final Instant START = Instant.parse("2026-11-27T02:00:00Z");

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START, ZoneId.of("Asia/Shanghai"));
    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AppState state = new AppState();
    private AppContext context;
    private SurveysViewModel surveys;
    private ComplaintsViewModel complaints;

    @BeforeEach
    void openSample() {
        context = AppContext.open(dataDir, clock);
        context.sampleMeeting().ensure();
        I18n i18n = new I18n(Locale.ENGLISH);
        FeedbackTexts texts = new FeedbackTexts(i18n, new FailureMessages(i18n, Database::problemOf), clock.getZone());
        surveys = new SurveysViewModel(context.feedback().surveys(), state, runner, dialogs, texts);
        complaints = new ComplaintsViewModel(context.feedback().complaints(), state, runner, dialogs, texts,
                new SimpleStringProperty("Zhou Min"));
        state.currentMeetingProperty().set(context.meetings().find(SampleMeeting.ID).orElseThrow());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theSampleSummaryShowsTwoFormsAndEnteringAThirdChangesIt() {
        assertThat(surveys.forms()).hasSize(2);
        assertThat(surveys.rateProperty().get()).isEqualTo("2 forms entered, satisfaction rate: 100% (2/2)");
        assertThat(surveys.definitionProperty().get()).contains("Very satisfied + Satisfied");
        assertThat(surveys.rows()).extracting(RatingRow::label).containsExactly("Pre-meeting communication",
                "Room preparation", "Room cleanliness", "Service attitude", "Sound-control support");
        assertThat(surveys.summaryHeader()).containsExactly("Item", "Satisfied", "Average", "Dissatisfied", "Blank");
        assertThat(surveys.summary().get(2).cells()).containsExactly("1", "1", "0", "0");

        surveys.unitProperty().set("Municipal Finance Bureau");
        surveys.rows().get(2).chosenProperty().set(3);
        surveys.overallProperty().get().chosenProperty().set(4);
        surveys.commentsProperty().set("Too cold near the window");
        surveys.save();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(surveys.forms()).hasSize(3);
        assertThat(surveys.rateProperty().get()).isEqualTo("3 forms entered, satisfaction rate: 67% (2/3)");
        assertThat(surveys.summary().get(2).cells()).containsExactly("1", "1", "1", "0");
        assertThat(surveys.summary().get(0).cells()).containsExactly("2", "0", "0", "1");
        assertThat(surveys.unitProperty().get()).isEmpty();
        assertThat(surveys.rows()).allSatisfy(row -> assertThat(row.chosenProperty().get()).isNull());
    }

    @Test
    void aHugeCommentIsRefusedInTheUsersLanguageAndTheFormIsKept() {
        surveys.unitProperty().set("Municipal Finance Bureau");
        surveys.overallProperty().get().chosenProperty().set(1);
        surveys.commentsProperty().set("x".repeat(100_000));

        surveys.save();

        assertThat(dialogs.errors()).hasSize(1);
        assertThat(dialogs.errors().get(0).message())
                .isEqualTo("The comments are too long: at most 4,000 characters. Shorten them and save again.");
        assertThat(surveys.forms()).hasSize(2);
        assertThat(surveys.unitProperty().get()).isEqualTo("Municipal Finance Bureau");
    }

    @Test
    void removingAFormAsksFirst() {
        dialogs.answerConfirm(true);

        surveys.remove(surveys.forms().get(0));

        assertThat(dialogs.questions()).hasSize(1);
        assertThat(surveys.forms()).hasSize(1);
        assertThat(surveys.rateProperty().get()).startsWith("1 forms entered");
    }

    @Test
    void aNewComplaintShownAgainLaterIsReceivedNowUnlessItsTimeWasTypedOrItWasStarted() {
        complaints.startNew();
        assertThat(complaints.form().receivedAtProperty().get()).isEqualTo("27 Nov 2026 10:00");
        clock.advance(Duration.ofMinutes(45));
        complaints.formShown();
        assertThat(complaints.form().receivedAtProperty().get()).isEqualTo("27 Nov 2026 10:45");

        complaints.form().contentProperty().set("Too cold by the window");
        clock.advance(Duration.ofMinutes(10));
        complaints.formShown();
        assertThat(complaints.form().receivedAtProperty().get()).as("a complaint being typed keeps its time")
                .isEqualTo("27 Nov 2026 10:45");

        complaints.startNew();
        complaints.form().receivedAtProperty().set("27 Nov 2026 09:30");
        clock.advance(Duration.ofMinutes(10));
        complaints.formShown();
        assertThat(complaints.form().receivedAtProperty().get()).as("a typed time is kept").isEqualTo("27 Nov 2026 09:30");
    }

    @Test
    void aComplaintIsRecordedNowThenHandledAndClosed() {
        assertThat(complaints.complaints()).singleElement().satisfies(c ->
                assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED));
        assertThat(complaints.openCountProperty().get()).isZero();
        clock.advance(Duration.ofMinutes(20));
        complaints.startNew();
        assertThat(complaints.form().receivedAtProperty().get()).isEqualTo("27 Nov 2026 10:20");

        complaints.form().channelProperty().set(ComplaintChannel.PHONE);
        complaints.form().unitProperty().set("Municipal Education Bureau");
        complaints.form().contentProperty().set("Microphone at seat 12 crackles");
        complaints.handling().save();

        Complaint recorded = complaints.selectedProperty().get();
        assertThat(recorded.receivedAt()).isEqualTo(START.plus(Duration.ofMinutes(20)));
        assertThat(recorded.recordedBy()).isEqualTo("Zhou Min");
        assertThat(complaints.openCountProperty().get()).isEqualTo(1);
        assertThat(complaints.countsProperty().get()).isEqualTo("2 complaints, 1 open");

        complaints.handling().closeComplaint();
        assertThat(dialogs.errors()).extracting(ScriptedDialogs.Shown::message)
                .containsExactly("Enter the result before closing the complaint.");

        complaints.form().handledByProperty().set("Lü Jia");
        complaints.handling().startHandling();
        clock.advance(Duration.ofMinutes(5));
        complaints.form().actionsProperty().set("Swapped the microphone");
        complaints.form().resultProperty().set("Microphone replaced");
        complaints.form().responseProperty().set("Thanked the staff");
        complaints.handling().closeComplaint();

        Complaint closed = complaints.selectedProperty().get();
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(START.plus(Duration.ofMinutes(25)));
        assertThat(complaints.openCountProperty().get()).isZero();
        assertThat(complaints.history()).extracting(ComplaintVersion::kind).containsExactly(ComplaintChange.CREATED,
                ComplaintChange.STATUS_CHANGED, ComplaintChange.STATUS_CHANGED);
        assertThat(complaints.handling().editable().get()).isFalse();
    }

    @Test
    void theSupervisorRenamesAddsAndRetiresItemsWhileTheSampleKeepsItsForm() {
        I18n i18n = new I18n(Locale.ENGLISH);
        TemplateEditorViewModel editor = new TemplateEditorViewModel(context.feedback().templates(), runner, dialogs,
                new FeedbackTexts(i18n, new FailureMessages(i18n, Database::problemOf), clock.getZone()));
        boolean[] loaded = {false};
        editor.load(() -> loaded[0] = true);
        assertThat(loaded[0]).isTrue();
        assertThat(editor.levels()).extracting(TemplateEditorViewModel.LevelDraft::scaleName)
                .startsWith("Item rating, level 1");

        editor.addItem();
        boolean[] saved = {false};
        editor.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(dialogs.errors()).extracting(ScriptedDialogs.Shown::message)
                .containsExactly("Every item and level needs a Chinese name.");

        editor.items().get(5).labelZh().set("茶水服务");
        editor.items().get(4).retired().set(true);
        editor.levels().get(1).labelZh().set("基本满意");
        editor.save(() -> saved[0] = true);

        assertThat(saved[0]).isTrue();
        assertThat(context.feedback().templates().current().activeItems()).hasSize(5);
        surveys.reload();
        assertThat(surveys.rows()).hasSize(5).extracting(RatingRow::label).contains("Sound-control support");
        assertThat(surveys.summaryHeader()).contains("Average");
    }

    @Test
    void textTypedInTheTemplateEditorIsSavedWhenTheDialogIsClosedWithoutSave() {
        I18n i18n = new I18n(Locale.ENGLISH);
        TemplateEditorViewModel editor = new TemplateEditorViewModel(context.feedback().templates(), runner, dialogs,
                new FeedbackTexts(i18n, new FailureMessages(i18n, Database::problemOf), clock.getZone()));
        editor.load(() -> { });
        boolean[] closed = {false};
        assertThat(editor.hasChanges()).isFalse();
        assertThat(editor.keepTypedOnClose(() -> closed[0] = true)).isFalse();

        editor.items().get(0).labelZh().set("会场整洁");
        editor.levels().get(1).labelEn().set("Fairly satisfied");

        assertThat(editor.hasChanges()).isTrue();
        assertThat(editor.keepTypedOnClose(() -> closed[0] = true)).isTrue();
        assertThat(closed[0]).isTrue();
        assertThat(context.feedback().templates().current().items().get(0).labelZh()).isEqualTo("会场整洁");
        assertThat(context.feedback().templates().current().levels().get(1).labelEn()).isEqualTo("Fairly satisfied");
    }

    @Test
    void aRefusedTemplateIsKeptOpenWithItsTextsWhenTheDialogIsClosed() {
        I18n i18n = new I18n(Locale.ENGLISH);
        TemplateEditorViewModel editor = new TemplateEditorViewModel(context.feedback().templates(), runner, dialogs,
                new FeedbackTexts(i18n, new FailureMessages(i18n, Database::problemOf), clock.getZone()));
        editor.load(() -> { });
        editor.addItem();
        editor.items().get(5).labelEn().set("Tea");
        boolean[] closed = {false};

        assertThat(editor.keepTypedOnClose(() -> closed[0] = true)).isTrue();

        assertThat(closed[0]).isFalse();
        assertThat(dialogs.errors()).isNotEmpty();
        assertThat(editor.items().get(5).labelEn().get()).isEqualTo("Tea");
    }

    @Test
    void aMistypedReceivedTimeIsExplainedAndNothingIsSaved() {
        complaints.startNew();
        complaints.form().receivedAtProperty().set("yesterday");
        complaints.form().contentProperty().set("Too loud");

        complaints.handling().save();

        assertThat(dialogs.errors()).extracting(ScriptedDialogs.Shown::message).singleElement().asString()
                .startsWith("Write the received time as day month year hour:minute");
        assertThat(complaints.complaints()).hasSize(1);
    }
}
