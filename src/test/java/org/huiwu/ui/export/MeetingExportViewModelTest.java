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
    void exportsEveryMeetingOfTheMonthWhenAsked() throws Exception {
        try (AppContext context = AppContext.open(dir.resolve("data"),
                Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai")))) {
            AppState state = new AppState();
            var sample = context.meetings().find(context.sampleMeeting().ensure()).orElseThrow();
            context.meetings().save(context.meetings().draft("同月专题会"));
            context.meetings().save(context.meetings().draft("下月座谈会").withTitleAndDate("下月座谈会",
                    sample.date().plusMonths(1)));
            state.currentMeetingProperty().set(sample);
            ScriptedDialogs dialogs = new ScriptedDialogs().answerChoices(3, 1).chooseFolderAnswer(dir.resolve("out"));
            new MeetingExportViewModel(context.exports(ZH), state, new ImmediateTaskRunner(), dialogs,
                    new FailureMessages(ZH, Database::problemOf), ZH).exportCurrent();
            try (Stream<Path> files = Files.list(dir.resolve("out"))) {
                assertThat(files.filter(f -> f.toString().endsWith(".huiwu"))).hasSize(2);
            }
        }
    }

    @Test
    void mergesABundleFromAnotherLaptopInTheWindow() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai"));
        Path bundle;
        try (AppContext laptop = AppContext.open(dir.resolve("laptop"), clock)) {
            java.util.UUID sample = laptop.sampleMeeting().ensure();
            bundle = laptop.exports(ZH).export(java.util.List.of(sample), org.huiwu.logic.export.ExportFormat.BUNDLE,
                    Files.createDirectories(dir.resolve("bundles")), org.huiwu.logic.export.ExportMonitor.none()).get(0);
        }
        try (AppContext office = AppContext.open(dir.resolve("office"), clock)) {
            ScriptedDialogs dialogs = new ScriptedDialogs().chooseFile(bundle);
            boolean[] refreshed = {false};
            new MeetingExportViewModel(office.exports(ZH), office.bundleMerger(), new AppState(),
                    new ImmediateTaskRunner(), dialogs, new FailureMessages(ZH, Database::problemOf), ZH)
                    .mergeBundles(() -> refreshed[0] = true);
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.information()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .startsWith("已合并 1 个数据包"));
            assertThat(refreshed[0]).isTrue();
            assertThat(office.meetings().list()).extracting(m -> m.title()).contains("市政府第28次常务会议");
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
