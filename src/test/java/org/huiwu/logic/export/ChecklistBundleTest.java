package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Service checklists travel in bundles: to an empty folder, and between two laptops that both ticked. */
class ChecklistBundleTest {

    @TempDir
    Path dir;

    private Path bundle(AppContext context, UUID meetingId, String out) {
        return context.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE, dir.resolve(out),
                ExportMonitor.none()).get(0);
    }

    @Test
    void theChecklistAndEveryMarkArriveInAnEmptyFolder() throws Exception {
        MeetingChecklist original;
        int marks;
        Path bundle;
        UUID id;
        try (AppContext a = ExportFixture.open(dir.resolve("a"))) {
            id = a.sampleMeeting().ensure();
            original = a.checklists().current(id);
            marks = a.checklists().history(id).size();
            bundle = bundle(a, id, "out");
        }
        assertThat(new String(ExportFixture.entries(bundle).get("service.json"), StandardCharsets.UTF_8))
                .contains("\"checklist_mark\"", "\"meeting_checklist_item\"", "会前1小时检查灯光");
        try (AppContext b = ExportFixture.open(dir.resolve("b"))) {
            b.bundleMerger().merge(List.of(bundle), ExportMonitor.none());
            assertThat(b.checklists().current(id)).isEqualTo(original);
            assertThat(b.checklists().history(id)).hasSize(marks);
        }
    }

    @Test
    void twoLaptopsThatOpenedTheSameMeetingMergeIntoOneListWithBothTicks() {
        Meeting meeting = Fixtures.meeting("专题会议", LocalDate.of(2026, 5, 12));
        Path fromA;
        try (AppContext a = ExportFixture.open(dir.resolve("a"))) {
            a.meetings().save(meeting);
            fromA = bundle(a, meeting.id(), "out-a");
        }
        Path fromB;
        try (AppContext b = ExportFixture.open(dir.resolve("b"))) {
            b.bundleMerger().merge(List.of(fromA), ExportMonitor.none());
            UUID item = b.checklists().open(meeting.id(), "王芳").of(ChecklistPhase.AFTER).get(1).item().id();
            b.checklists().mark(meeting.id(), item, MarkState.DONE, "", "王芳");
            fromB = bundle(b, meeting.id(), "out-b");
        }
        try (AppContext a = ExportFixture.open(dir.resolve("a"))) {
            UUID item = a.checklists().open(meeting.id(), "吕佳").of(ChecklistPhase.AFTER).get(0).item().id();
            a.checklists().mark(meeting.id(), item, MarkState.DONE, "", "吕佳");

            a.bundleMerger().merge(List.of(fromB), ExportMonitor.none());
            MeetingChecklist merged = a.checklists().current(meeting.id());
            assertThat(merged.lines()).hasSize(28);
            assertThat(merged.settled(ChecklistPhase.AFTER)).isEqualTo(2);
            assertThat(merged.of(ChecklistPhase.AFTER).get(1).latestMark().orElseThrow().markedBy()).isEqualTo("王芳");
            assertThat(a.bundleMerger().merge(List.of(fromB), ExportMonitor.none()).rows().inserted()).isZero();
        }
    }
}
