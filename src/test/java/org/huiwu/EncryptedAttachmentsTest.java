package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.incidents.AttachmentProblem;
import org.huiwu.logic.incidents.AttachmentStore;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.persistence.FileCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments of an encrypted data folder, on real folders: a photo attached before the folder was encrypted and
 * one attached after are both kept encrypted (no plain byte run of the photo on disk), read back whole with the
 * passphrase, travel decrypted in a signed bundle and land encrypted in another encrypted folder; a key derived
 * from a wrong passphrase opens none of them.
 */
class EncryptedAttachmentsTest {

    private static final String PASSPHRASE = "值班 口令 42";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void photosAreEncryptedOnDiskAndOpenOnlyWithThePassphrase() throws Exception {
        Path data = dir.resolve("data");
        byte[] before = photo(70_000, 1);
        byte[] after = photo(5_000, 2);
        UUID meeting;
        Attachment plainFirst;
        try (AppContext plain = AppContext.open(data, CLOCK)) {
            meeting = plain.sampleMeeting().ensure();
            var incident = plain.incidents().log().report(meeting, IncidentType.OTHER, "吕佳");
            plainFirst = plain.incidents().attachments().attach(incident.id(), file("before.png", before), "吕佳");
        }
        assertThat(Files.readAllBytes(data.resolve(plainFirst.storedPath()))).isEqualTo(before);

        Attachment second;
        Path bundle;
        try (AppContext encrypted = FolderEncryption.encryptAndOpen(data, PASSPHRASE, CLOCK)) {
            AttachmentStore store = encrypted.incidents().attachments();
            var incident = encrypted.incidents().log().report(meeting, IncidentType.OTHER, "吕佳");
            second = store.attach(incident.id(), file("after.png", after), "吕佳");

            for (Attachment attachment : List.of(plainFirst, second)) {
                byte[] onDisk = Files.readAllBytes(data.resolve(attachment.storedPath()));
                byte[] original = attachment == second ? after : before;
                assertThat(indexOf(onDisk, Arrays.copyOf(original, 16))).as("plain bytes on disk").isNegative();
                assertThat(indexOf(onDisk, Arrays.copyOfRange(original, 4000, 4032))).isNegative();
                assertThat(store.verify(attachment)).isEmpty();
                assertThat(Files.readAllBytes(store.open(attachment))).isEqualTo(original);
            }
            bundle = encrypted.exports(new I18n(java.util.Locale.ENGLISH), "吕佳").export(List.of(meeting),
                    ExportFormat.BUNDLE, Files.createDirectories(dir.resolve("out")), ExportMonitor.none()).get(0);
        }
        assertThat(Files.exists(data.resolve(AttachmentStore.OPENED))).as("opened copies removed at close").isFalse();
        assertThat(entries(bundle)).containsEntry("files/" + second.id(), after);

        FileCipher wrong = FileCipher.forFolder(data, "not the passphrase");
        assertThat(wrong.encrypts()).isTrue();
        try (InputStream in = wrong.decrypting(Files.newInputStream(data.resolve(second.storedPath())))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(in::readAllBytes).isInstanceOf(java.io.IOException.class);
        }
        try (AppContext reopened = AppContext.open(data, CLOCK, Duration.ZERO, () -> { }, PASSPHRASE)) {
            AttachmentStore wrongStore = new AttachmentStore(null, data, CLOCK, UUID::randomUUID, 1 << 20, wrong);
            assertThat(wrongStore.verify(second)).contains(AttachmentProblem.CHECKSUM_MISMATCH);
            assertThat(reopened.incidents().attachments().verify(second)).isEmpty();
        }

        Path other = dir.resolve("other");
        AppContext.open(other, CLOCK).close();
        try (AppContext receiving = FolderEncryption.encryptAndOpen(other, "另一个 口令", CLOCK)) {
            assertThat(receiving.bundleMerger().merge(List.of(bundle), ExportMonitor.none()).filesCopied())
                    .isEqualTo(2);
            Attachment merged = receiving.incidents().attachments().of(second.incidentId()).get(0);
            byte[] onDisk = Files.readAllBytes(other.resolve(merged.storedPath()));
            assertThat(indexOf(onDisk, Arrays.copyOf(after, 16))).isNegative();
            assertThat(Files.readAllBytes(receiving.incidents().attachments().open(merged))).isEqualTo(after);
        }
    }

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] photo(int size, int seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
