package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.persistence.AttachmentDao;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AttachmentStore}: copies with a checksum, finds tampering, and refuses missing, huge or non-photo files. */
@Tag("dao")
class AttachmentStoreTest {

    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @TempDir
    Path dataDir;

    @TempDir
    Path desktop;

    private IncidentTestbed bed;
    private AttachmentStore store;
    private Incident incident;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
        store = bed.desk.attachments();
        incident = bed.desk.log().report(bed.meetingId, IncidentType.MEDICAL_EMERGENCY, "吕佳");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private Path photo(String name, int extraBytes) throws IOException {
        byte[] bytes = new byte[PNG_HEAD.length + extraBytes];
        System.arraycopy(PNG_HEAD, 0, bytes, 0, PNG_HEAD.length);
        for (int i = PNG_HEAD.length; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return Files.write(desktop.resolve(name), bytes);
    }

    private AttachmentProblem problemOf(Runnable action) {
        try {
            action.run();
        } catch (AttachmentRejectedException e) {
            return e.problem();
        }
        throw new AssertionError("no problem reported");
    }

    @Test
    void aPhotoIsCopiedIntoTheDataFolderWithItsChecksum() throws Exception {
        Path source = photo("现场 照片.png", 5000);

        Attachment attachment = store.attach(incident.id(), source, "吕佳");

        Path stored = dataDir.resolve(attachment.storedPath());
        assertThat(attachment.storedPath()).startsWith("attachments/" + incident.id() + "/" + attachment.id() + "-")
                .endsWith("现场_照片.png");
        assertThat(stored).hasSameBinaryContentAs(source);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(source)));
        assertThat(attachment.sha256()).isEqualTo(expected);
        assertThat(attachment.size()).isEqualTo(Files.size(source));
        assertThat(attachment.mediaType()).isEqualTo("image/png");
        assertThat(attachment.originalName()).isEqualTo("现场 照片.png");
        assertThat(store.of(incident.id())).containsExactly(attachment);
        assertThat(store.verify(attachment)).isEmpty();
        assertThat(store.open(attachment)).isEqualTo(stored);
        try (var files = Files.list(stored.getParent())) {
            assertThat(files).containsExactly(stored);
        }
    }

    @Test
    void aTamperedCopyIsDetectedWhenOpened() throws Exception {
        Attachment attachment = store.attach(incident.id(), photo("a.png", 100), "吕佳");
        Path stored = dataDir.resolve(attachment.storedPath());
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length - 1] ^= 1;
        Files.write(stored, bytes);

        assertThat(store.verify(attachment)).contains(AttachmentProblem.CHECKSUM_MISMATCH);
        assertThat(problemOf(() -> store.open(attachment))).isEqualTo(AttachmentProblem.CHECKSUM_MISMATCH);
    }

    @Test
    void aDeletedCopyIsReported() throws Exception {
        Attachment attachment = store.attach(incident.id(), photo("a.png", 100), "吕佳");
        Files.delete(dataDir.resolve(attachment.storedPath()));

        assertThat(store.verify(attachment)).contains(AttachmentProblem.STORED_FILE_MISSING);
    }

    @Test
    void aMissingFileIsRefused() {
        assertThat(problemOf(() -> store.attach(incident.id(), desktop.resolve("gone.jpg"), "吕佳")))
                .isEqualTo(AttachmentProblem.FILE_MISSING);
        assertThat(problemOf(() -> store.attach(incident.id(), desktop, "吕佳")))
                .isEqualTo(AttachmentProblem.FILE_MISSING);
    }

    @Test
    void a200MegabyteFileIsRefusedWithoutBeingCopied() throws Exception {
        Path huge = desktop.resolve("video.png");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(PNG_HEAD);
            file.setLength(200L * 1024 * 1024);
        }

        assertThat(problemOf(() -> store.attach(incident.id(), huge, "吕佳"))).isEqualTo(AttachmentProblem.TOO_LARGE);
        assertThat(dataDir.resolve(AttachmentStore.FOLDER)).doesNotExist();
        assertThat(store.of(incident.id())).isEmpty();
    }

    @Test
    void theLimitIsInjectable() throws Exception {
        AttachmentStore small = new AttachmentStore(bed.database.dao(AttachmentDao.class), dataDir, bed.clock,
                UUID::randomUUID, 1024);

        Path big = desktopPhoto(2000);
        assertThat(problemOf(() -> small.attach(incident.id(), big, "吕佳")))
                .isEqualTo(AttachmentProblem.TOO_LARGE);
        assertThat(small.attach(incident.id(), desktopPhoto(500), "吕佳").size()).isEqualTo(PNG_HEAD.length + 500);
    }

    private Path desktopPhoto(int extra) throws IOException {
        return photo("p" + extra + ".png", extra);
    }

    @Test
    void aFileThatIsNotAPhotoOrPdfIsRefusedWhateverItsName() throws Exception {
        Path text = Files.writeString(desktop.resolve("notes.jpg"), "会议纪要");

        assertThat(problemOf(() -> store.attach(incident.id(), text, "吕佳")))
                .isEqualTo(AttachmentProblem.NOT_IMAGE_OR_PDF);
        assertThat(store.of(incident.id())).isEmpty();
    }

    @Test
    void pdfJpegAndHeicAreRecognisedByContent() throws Exception {
        Path pdf = Files.write(desktop.resolve("report"), "%PDF-1.7\n%more".getBytes());
        Path jpeg = Files.write(desktop.resolve("a.jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1});
        Path heic = Files.write(desktop.resolve("IMG.HEIC"),
                new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0});

        assertThat(store.attach(incident.id(), pdf, "吕佳").mediaType()).isEqualTo("application/pdf");
        assertThat(store.attach(incident.id(), jpeg, "吕佳").mediaType()).isEqualTo("image/jpeg");
        assertThat(store.attach(incident.id(), heic, "吕佳").isImage()).isTrue();
    }

    @Test
    void storedNamesKeepLettersAndDropPathCharacters() {
        assertThat(AttachmentStore.storedName("..\\evil/名字 1.png")).isEqualTo(".._evil_名字_1.png");
        assertThat(AttachmentStore.storedName("x".repeat(300) + ".jpg")).hasSize(80).endsWith(".jpg");
    }
}
