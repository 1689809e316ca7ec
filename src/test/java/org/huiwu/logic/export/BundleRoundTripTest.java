package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.export.BundleMerger.MergeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed bundles of the sample meeting: round trip, idempotent merge, conflicts, and refused bundles. */
class BundleRoundTripTest {

    @TempDir
    Path dir;

    private UUID meetingId;
    private Path bundle;

    @BeforeEach
    void exportSample() {
        try (AppContext context = ExportFixture.open(dir.resolve("a"))) {
            meetingId = context.sampleMeeting().ensure();
            bundle = context.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("out"), ExportMonitor.none()).get(0);
        }
    }

    @Test
    void aBundleMergedIntoAnEmptyFolderExportsToTheSameJson() throws Exception {
        Path again;
        try (AppContext empty = ExportFixture.open(dir.resolve("b"))) {
            MergeResult result = empty.bundleMerger().merge(List.of(bundle), ExportMonitor.none());
            assertThat(result.rows().inserted()).isGreaterThan(50);
            again = empty.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("out2"), ExportMonitor.none()).get(0);
        }
        Map<String, byte[]> first = ExportFixture.entries(bundle);
        Map<String, byte[]> second = ExportFixture.entries(again);
        assertThat(second.keySet()).isEqualTo(first.keySet()).contains("manifest.json", "meeting.json",
                "seating.json", "service.json", "incidents.json");
        first.forEach((name, bytes) -> assertThat(new String(second.get(name), StandardCharsets.UTF_8)).as(name)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(new String(first.get("meeting.json"), StandardCharsets.UTF_8)).contains("\"formatVersion\" : 2");
    }

    @Test
    void aSpeakerMarkTravelsWithItsPerson() {
        UUID person;
        Path withSpeaker;
        try (AppContext context = ExportFixture.open(dir.resolve("a"))) {
            var snapshot = context.roundBoard().load(meetingId);
            var seat = context.roundBoard().now(snapshot).seats().stream().filter(s -> s.attendeeId() != null)
                    .findFirst().orElseThrow();
            person = seat.attendeeId();
            context.serviceLog().speakerStarted(meetingId, seat.seatKey(), person);
            withSpeaker = context.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("out-speaker"), ExportMonitor.none()).get(0);
        }
        try (AppContext other = ExportFixture.open(dir.resolve("b"))) {
            other.bundleMerger().merge(List.of(withSpeaker), ExportMonitor.none());
            assertThat(other.roundBoard().history(meetingId).phases()).anyMatch(p -> person.equals(p.attendeeId()));
        }
    }

    @Test
    void attachmentsTravelInTheBundleAndAreCheckedOnArrival() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        Path photo = Files.write(dir.resolve("现场照片.png"), png);
        Path withPhoto;
        String stored;
        try (AppContext context = ExportFixture.open(dir.resolve("a"))) {
            var incident = context.incidents().log().report(meetingId, org.huiwu.model.incidents.IncidentType.OTHER,
                    "吕佳");
            stored = context.incidents().attachments().attach(incident.id(), photo, "吕佳").storedPath();
            withPhoto = context.exports(ExportFixture.ZH).export(List.of(meetingId), ExportFormat.BUNDLE,
                    dir.resolve("out3"), ExportMonitor.none()).get(0);
        }
        assertThat(ExportFixture.entries(withPhoto)).containsKey("files/" + stored);
        try (AppContext empty = ExportFixture.open(dir.resolve("d"))) {
            assertThat(empty.bundleMerger().merge(List.of(withPhoto), ExportMonitor.none()).filesCopied()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(dir.resolve("d").resolve(stored))).isEqualTo(png);
    }

    @Test
    void mergingTheSameBundleTwiceChangesNothing() {
        try (AppContext context = ExportFixture.open(dir.resolve("a"))) {
            MergeResult result = context.bundleMerger().merge(List.of(bundle, bundle), ExportMonitor.none());
            assertThat(result.rows().inserted()).isZero();
            assertThat(result.rows().conflictVersions()).isZero();
            assertThat(result.rows().unchanged()).isPositive();
        }
    }

    @Test
    void aConflictingIncidentEditIsKeptAsAnExtraVersionOnce() throws Exception {
        BundleContents contents = new BundleReader().read(bundle);
        Map<String, Object> version = contents.tables().get("incident_version").get(0);
        version.put("description", "另一台电脑上的修改");
        Path edited = dir.resolve("edited.huiwu");
        new BundleWriter(ExportFiles.onDisk(), dir.resolve("a"), ExportFixture.CLOCK, "test")
                .write(contents.record(), edited, ExportMonitor.none());
        try (AppContext context = ExportFixture.open(dir.resolve("a"))) {
            int before = context.exports(ExportFixture.ZH).record(meetingId).rows("incident_version").size();
            MergeResult first = context.bundleMerger().merge(List.of(edited), ExportMonitor.none());
            MergeResult second = context.bundleMerger().merge(List.of(edited), ExportMonitor.none());
            MeetingRecord after = context.exports(ExportFixture.ZH).record(meetingId);
            assertThat(first.rows().conflictVersions()).isEqualTo(1);
            assertThat(second.rows().conflictVersions()).isZero();
            assertThat(after.rows("incident_version")).hasSize(before + 1);
            assertThat(after.rows("incident_version")).anyMatch(v -> "另一台电脑上的修改".equals(v.get("description")));
        }
    }

    @Test
    void aTamperedBundleIsRefusedAndNothingIsImported() throws Exception {
        Path tampered = ExportFixture.rewrite(bundle, dir.resolve("tampered.huiwu"), entries -> {
            entries.put("meeting.json", new String(entries.get("meeting.json"), StandardCharsets.UTF_8)
                    .replace("市政府", "区政府").getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertRefused(tampered, BundleProblem.CHECKSUM_MISMATCH, "meeting.json");
    }

    @Test
    void aTruncatedBundleIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(bundle);
        Path truncated = Files.write(dir.resolve("truncated.huiwu"), Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(truncated, BundleProblem.DAMAGED, "");
    }

    @Test
    void aBundleOfANewerFormatIsRefused() throws Exception {
        Path newer = ExportFixture.rewrite(bundle, dir.resolve("newer.huiwu"), entries -> {
            entries.put("manifest.json", new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                    .replace("\"formatVersion\" : 2", "\"formatVersion\" : 3").getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertRefused(newer, BundleProblem.NEWER_FORMAT, "3");
    }

    @Test
    void anAddedFileIsRefused() throws Exception {
        Path added = ExportFixture.rewrite(bundle, dir.resolve("added.huiwu"), entries -> {
            entries.put("extra.json", "{}".getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertRefused(added, BundleProblem.UNLISTED_FILE, "extra.json");
    }

    private void assertRefused(Path bad, BundleProblem problem, String detail) {
        try (AppContext empty = ExportFixture.open(dir.resolve("c"))) {
            assertThatThrownBy(() -> empty.bundleMerger().merge(List.of(bundle, bad), ExportMonitor.none()))
                    .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                        assertThat(e.problem()).isEqualTo(problem);
                        assertThat(e.detail()).isEqualTo(detail);
                    });
            assertThat(empty.meetings().find(meetingId)).isEmpty();
        }
    }
}
