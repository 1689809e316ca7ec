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

/**
 * Merging bundles in the window without a toolkit: file asked, the signer shown and trusted once (or the merge
 * declined), merge run, outcome shown, screens refreshed.
 */
class MeetingExportViewModelTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void mergesABundleFromAnotherLaptopInTheWindow() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai"));
        Path bundle;
        String fingerprint;
        try (AppContext laptop = AppContext.open(dir.resolve("laptop"), clock)) {
            java.util.UUID sample = laptop.sampleMeeting().ensure();
            laptop.preferences().setAttendantName("吕佳");
            bundle = laptop.exports(ZH).export(java.util.List.of(sample), org.huiwu.logic.export.ExportFormat.BUNDLE,
                    Files.createDirectories(dir.resolve("bundles")), org.huiwu.logic.export.ExportMonitor.none()).get(0);
            fingerprint = laptop.signingKey("").signer().fingerprint();
        }
        try (AppContext office = AppContext.open(dir.resolve("office"), clock)) {
            ScriptedDialogs declining = new ScriptedDialogs().chooseFile(bundle).answerChoice(1);
            model(office, declining).mergeBundles(() -> { });
            assertThat(declining.questions()).singleElement().satisfies(asked -> assertThat(asked.message())
                    .contains("吕佳", fingerprint));
            assertThat(declining.information()).isEmpty();
            assertThat(office.meetings().list()).isEmpty();

            ScriptedDialogs dialogs = new ScriptedDialogs().chooseFile(bundle).answerChoice(0);
            boolean[] refreshed = {false};
            model(office, dialogs).mergeBundles(() -> refreshed[0] = true);
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.questions()).singleElement().satisfies(asked -> assertThat(asked.message())
                    .contains("吕佳", fingerprint));
            assertThat(dialogs.information()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .startsWith("已合并 1 个数据包").contains("签名人：吕佳（指纹 " + fingerprint + "）"));
            assertThat(refreshed[0]).isTrue();
            assertThat(office.meetings().list()).extracting(m -> m.title()).contains("市政府第28次常务会议");

            ScriptedDialogs again = new ScriptedDialogs().chooseFile(bundle).answerChoice(1);
            model(office, again).mergeBundles(() -> { });
            assertThat(again.questions()).as("a trusted signer is not asked again").isEmpty();
            assertThat(again.information()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .contains("吕佳"));
            assertThat(office.trustedSigners().history()).extracting(h -> h.signerName()).containsExactly("吕佳", "吕佳");
        }
    }

    private static MeetingExportViewModel model(AppContext office, ScriptedDialogs dialogs) {
        return new MeetingExportViewModel(office.exports(ZH), office.bundleMerger(), new ImmediateTaskRunner(), dialogs,
                new FailureMessages(ZH, Database::problemOf), ZH, MeetingExportViewModel.FolderOpener.NONE);
    }
}
