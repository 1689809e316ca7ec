package org.huiwu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.privacy.SealedFile;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's export of a 涉密 meeting: a declined confirmation or a cancelled passphrase writes and logs
 * nothing; a confirmed one with a passphrase writes one sealed file and logs the attendant; an ordinary
 * meeting exports as before without a question.
 */
class ClassifiedExportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void onlyAConfirmedExportWithAPassphraseIsWrittenSealedAndLogged() throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            UUID id = fx.context.sampleMeeting().ensure();
            classify(fx, id);
            MeetingExportViewModel model = new MeetingExportViewModel(fx.context.exports(fx.i18n),
                    fx.context.bundleMerger(), fx.runner, fx.dialogs, fx.failures, fx.i18n,
                    MeetingExportViewModel.FolderOpener.NONE);
            model.sealClassified(fx.context.confidentialExports(fx.i18n), () -> "吕佳");
            Path out = Files.createDirectories(dir.resolve("out"));

            fx.dialogs.answerConfirm(false).answerSecret("封存");
            model.export(List.of(id), ExportFormat.CSV, out);
            fx.dialogs.answerConfirm(true).answerSecret(null);
            model.export(List.of(id), ExportFormat.CSV, out);
            assertThat(files(out)).isEmpty();
            assertThat(fx.context.confidentialExports(fx.i18n).logOf(id)).isEmpty();

            fx.dialogs.answerSecret("封存");
            model.export(List.of(id), ExportFormat.CSV, out);

            List<Path> written = files(out);
            assertThat(written).singleElement().satisfies(file ->
                    assertThat(file.getFileName().toString()).endsWith(SealedFile.SUFFIX));
            assertThat(fx.context.confidentialExports(fx.i18n).logOf(id)).singleElement()
                    .satisfies(entry -> assertThat(entry.exportedBy()).isEqualTo("吕佳"));
            assertThat(SealedFile.open(written.get(0), dir.resolve("opened"), "封存")).hasSizeGreaterThan(3);
            assertThat(fx.dialogs.questions().get(0).message()).contains("classified");
        }
    }

    @Test
    void anOrdinaryMeetingExportsWithoutAQuestion() throws Exception {
        try (ViewModelFixture fx = new ViewModelFixture(dir.resolve("data"))) {
            UUID id = fx.context.sampleMeeting().ensure();
            MeetingExportViewModel model = new MeetingExportViewModel(fx.context.exports(fx.i18n),
                    fx.context.bundleMerger(), fx.runner, fx.dialogs, fx.failures, fx.i18n,
                    MeetingExportViewModel.FolderOpener.NONE);
            model.sealClassified(fx.context.confidentialExports(fx.i18n), () -> "吕佳");
            Path out = Files.createDirectories(dir.resolve("out"));

            model.export(List.of(id), ExportFormat.XLSX, out);

            assertThat(files(out)).singleElement().satisfies(file ->
                    assertThat(file.getFileName().toString()).endsWith(".xlsx"));
            assertThat(fx.dialogs.questions()).allSatisfy(shown ->
                    assertThat(shown.message()).doesNotContain("classified"));
        }
    }

    private static void classify(ViewModelFixture fx, UUID id) {
        // staff without a valid pledge may not serve a 涉密 meeting (decision 0028): this test is about exports
        fx.context.staff().staffing().of(id).forEach(line -> fx.context.staff().staffing().remove(line.id()));
        Meeting m = fx.context.meetings().find(id).orElseThrow();
        fx.context.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.sorted().toList();
        }
    }
}
