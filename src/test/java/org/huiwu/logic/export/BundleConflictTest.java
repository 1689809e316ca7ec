package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.export.BundleMerger.MergeResult;
import org.huiwu.model.Attendee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge conflicts on tables other than incidents: kept once beside the local row, shown and exported. */
class BundleConflictTest {

    @TempDir
    Path dir;

    private UUID meetingId;
    private Path original;

    @BeforeEach
    void twoLaptopsWithTheSameMeeting() {
        try (AppContext first = ExportFixture.open(dir.resolve("first"))) {
            meetingId = first.sampleMeeting().ensure();
            original = first.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("out"), ExportMonitor.none()).get(0);
        }
        try (AppContext second = ExportFixture.open(dir.resolve("second"))) {
            second.bundleMerger().merge(List.of(original), ExportMonitor.none());
        }
    }

    @Test
    void anAttendeeRenamedDifferentlyOnTwoLaptopsKeepsTheLocalNameAndTheIncomingOneOnce() {
        Attendee renamedHere = rename(dir.resolve("first"), "王建国（本机）");
        rename(dir.resolve("second"), "王建国（另一台）");
        Path fromSecond = exportFrom(dir.resolve("second"), "second-out");
        try (AppContext first = ExportFixture.open(dir.resolve("first"))) {
            MergeResult once = first.bundleMerger().merge(List.of(fromSecond), ExportMonitor.none());
            MergeResult twice = first.bundleMerger().merge(List.of(fromSecond, fromSecond), ExportMonitor.none());
            assertThat(once.rows().conflicts()).isEqualTo(1);
            assertThat(twice.rows().conflicts()).isZero();
            assertThat(twice.rows().inserted()).isZero();
            assertThat(first.roster().list(meetingId)).filteredOn(a -> a.id().equals(renamedHere.id()))
                    .extracting(Attendee::name).containsExactly("王建国（本机）");
            MeetingRecord record = first.exports(ExportFixture.ZH).record(meetingId);
            assertThat(record.rows("merge_conflict")).hasSize(1);
            List<MergeConflict> conflicts = new MergeConflicts().of(record);
            assertThat(conflicts).singleElement().satisfies(conflict -> {
                assertThat(conflict.table()).isEqualTo("attendee");
                assertThat(conflict.bundle()).endsWith(".huiwu");
                assertThat(conflict.changed()).containsExactly("name");
                assertThat(conflict.local().get("name")).isEqualTo("王建国（本机）");
                assertThat(conflict.incoming().get("name")).isEqualTo("王建国（另一台）");
            });
            LogTable sheet = new ServiceLogs(ExportFixture.ZH, ExportFixture.CLOCK.getZone()).of(record).stream()
                    .filter(log -> log.fileKey().equals("conflicts")).findFirst().orElseThrow();
            assertThat(sheet.rows()).singleElement().satisfies(row -> {
                assertThat(row.get(2)).isEqualTo("参会人员");
                assertThat(row.get(6).toString()).isEqualTo("姓名=王建国（另一台）");
            });
        }
    }

    @Test
    void conflictsTravelInBundlesAndMergeOnce() {
        rename(dir.resolve("first"), "王建国（本机）");
        rename(dir.resolve("second"), "王建国（另一台）");
        try (AppContext first = ExportFixture.open(dir.resolve("first"))) {
            first.bundleMerger().merge(List.of(exportFrom(dir.resolve("second"), "second-out")), ExportMonitor.none());
        }
        Path withConflict = exportFrom(dir.resolve("first"), "first-out");
        try (AppContext third = ExportFixture.open(dir.resolve("third"))) {
            third.bundleMerger().merge(List.of(withConflict), ExportMonitor.none());
            MergeResult again = third.bundleMerger().merge(List.of(withConflict), ExportMonitor.none());
            assertThat(again.rows().inserted()).isZero();
            assertThat(again.rows().conflicts()).isZero();
            assertThat(third.exports(ExportFixture.ZH).record(meetingId).rows("merge_conflict")).hasSize(1);
        }
    }

    @Test
    void aSecondSeatingPlanForTheSameMeetingIsKeptAsConflictsInsteadOfRefusingTheBundle() throws Exception {
        BundleContents contents = new BundleReader().read(original);
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>(contents.tables());
        String newPlan = UUID.randomUUID().toString();
        Map<String, String> newBlocks = new LinkedHashMap<>();
        tables.put("seat_plan", contents.tables().get("seat_plan").stream().map(plan -> {
            Map<String, Object> copy = new LinkedHashMap<>(plan);
            copy.put("id", newPlan);
            return copy;
        }).toList());
        tables.put("seat_block", contents.tables().get("seat_block").stream().map(block -> {
            Map<String, Object> copy = new LinkedHashMap<>(block);
            String id = UUID.randomUUID().toString();
            newBlocks.put(block.get("id").toString(), id);
            copy.put("id", id);
            copy.put("plan_id", newPlan);
            return copy;
        }).toList());
        tables.put("seat_assignment", List.of());
        tables.put("seat_print_snapshot", List.of());
        Path edited = dir.resolve("second-plan.huiwu");
        new BundleWriter(ExportFiles.onDisk(), dir.resolve("first"), ExportFixture.CLOCK, "test", () -> ExportFixture.otherLaptop(dir.resolve("other-key"), "其他电脑"))
                .write(new MeetingRecord(meetingId, tables), edited, ExportMonitor.none());
        try (AppContext first = ExportFixture.open(dir.resolve("first"))) {
            MergeResult result = first.bundleMerger().merge(List.of(edited), ExportMonitor.none());
            assertThat(result.rows().conflicts()).isEqualTo(1 + newBlocks.size());
            MeetingRecord record = first.exports(ExportFixture.ZH).record(meetingId);
            assertThat(record.rows("seat_plan")).singleElement()
                    .satisfies(plan -> assertThat(plan.get("id")).isNotEqualTo(newPlan));
            assertThat(new MergeConflicts().of(record)).filteredOn(c -> c.table().equals("seat_plan"))
                    .singleElement().satisfies(c -> assertThat(c.local()).isNotEmpty());
            assertThat(first.bundleMerger().merge(List.of(edited), ExportMonitor.none()).rows().conflicts()).isZero();
        }
    }

    @Test
    void aBundleOfTheFirstFormatVersionStillVerifiesAndMerges() throws Exception {
        Path older = ExportFixture.asFirstVersion(original, dir.resolve("v1.huiwu"));
        assertThat(new BundleReader().read(older).formatVersion()).isEqualTo(1);
        try (AppContext empty = ExportFixture.open(dir.resolve("empty"))) {
            assertThat(empty.bundleMerger().merge(List.of(older), MergePermission.ON_FIRST_USE.allowingUnsigned(true),
                    ExportMonitor.none()).rows().inserted())
                    .isGreaterThan(50);
            assertThat(empty.meetings().find(meetingId)).isPresent();
        }
    }

    private Attendee rename(Path dataDir, String name) {
        try (AppContext context = ExportFixture.open(dataDir)) {
            Attendee attendee = context.roster().list(meetingId).get(0);
            return context.roster().save(attendee.withName(name));
        }
    }

    private Path exportFrom(Path dataDir, String folder) {
        try (AppContext context = ExportFixture.open(dataDir)) {
            return context.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve(folder), ExportMonitor.none()).get(0);
        }
    }
}
