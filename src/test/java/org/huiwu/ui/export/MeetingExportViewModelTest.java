package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.FailureMessages;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Meeting → Export…" without a toolkit: format and folder asked, export run, outcome shown. */
class MeetingExportViewModelTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void exportsTheCurrentMeetingToTheChosenFolder() throws Exception {
        try (AppContext context = AppContext.open(dir.resolve("data"),
                Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai")))) {
            AppState state = new AppState();
            state.currentMeetingProperty().set(context.meetings().find(context.sampleMeeting().ensure()).orElseThrow());
            ScriptedDialogs dialogs = new ScriptedDialogs().answerChoice(3).chooseFolderAnswer(dir.resolve("out"));
            MeetingExportViewModel model = new MeetingExportViewModel(context.exports(ZH), state,
                    new ImmediateTaskRunner(), dialogs, new FailureMessages(ZH, Database::problemOf), ZH);
            model.exportCurrent();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.information()).singleElement()
                    .satisfies(shown -> assertThat(shown.message()).contains("已导出 1 个文件"));
            assertThat(model.running().get()).isFalse();
            assertThat(model.progress().get()).isEqualTo(1.0);
            try (Stream<Path> files = Files.list(dir.resolve("out"))) {
                assertThat(files.map(f -> f.getFileName().toString())).singleElement()
                        .satisfies(name -> assertThat(name).endsWith(".huiwu"));
            }
        }
    }

    @Test
    void doesNothingWhenTheFolderDialogIsCancelled() throws Exception {
        try (AppContext context = AppContext.open(dir.resolve("data"), Clock.systemUTC())) {
            AppState state = new AppState();
            state.currentMeetingProperty().set(context.meetings().find(context.sampleMeeting().ensure()).orElseThrow());
            ImmediateTaskRunner runner = new ImmediateTaskRunner();
            ScriptedDialogs dialogs = new ScriptedDialogs().answerChoice(0);
            new MeetingExportViewModel(context.exports(ZH), state, runner, dialogs,
                    new FailureMessages(ZH, Database::problemOf), ZH).exportCurrent();
            assertThat(runner.jobs()).isZero();
            assertThat(dialogs.information()).isEmpty();
        }
    }
}
