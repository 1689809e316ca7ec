package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.persistence.Database;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging bundles in the window without a toolkit: file asked, merge run, outcome shown, screens refreshed. */
class MeetingExportViewModelTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

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
            new MeetingExportViewModel(office.exports(ZH), office.bundleMerger(), new ImmediateTaskRunner(), dialogs, new FailureMessages(ZH, Database::problemOf), ZH,
                    MeetingExportViewModel.FolderOpener.NONE)
                    .mergeBundles(() -> refreshed[0] = true);
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.information()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .startsWith("已合并 1 个数据包"));
            assertThat(refreshed[0]).isTrue();
            assertThat(office.meetings().list()).extracting(m -> m.title()).contains("市政府第28次常务会议");
        }
    }
}
