package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huiwu.persistence.FileCipher;
/**
 * Writes a meeting as a signed bundle: a zip of its JSON documents and attachment files with a
 * {@code manifest.json} listing every file's SHA-256 and naming the signer, and {@code manifest.sig}, this
 * laptop's Ed25519 signature of the manifest (decision 0025). Attachments go in by their record's id
 * ({@code files/<attachment id>}); their stored path stays out of the bundle, and a file whose stored path
 * leaves the attachments folder is never read. Entries are written in a fixed order with a fixed
 * timestamp so equal data gives equal JSON. Stateless apart from its collaborators; call from a
 * background thread.
 */
public final class BundleWriter {

    private final ExportFiles files;
    private final Path dataDir;
    private final Clock clock;
    private final String appVersion;
    private final Supplier<SigningKey> key;
    private final FileCipher cipher;

    /** A writer that signs with the key {@code key} gives (created on the first bundle written). */
    public BundleWriter(ExportFiles files, Path dataDir, Clock clock, String appVersion, Supplier<SigningKey> key) {
        this(files, dataDir, clock, appVersion, key, FileCipher.NONE);
    }

    /** A writer that reads the folder's attachments through {@code cipher} (decrypted in an encrypted folder). */
    public BundleWriter(ExportFiles files, Path dataDir, Clock clock, String appVersion, Supplier<SigningKey> key,
            FileCipher cipher) {
        this.cipher = cipher;
        this.files = files;
        this.key = key;
        this.dataDir = dataDir;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** Writes the bundle to the file, atomically; progress counts files. */
    public void write(MeetingRecord record, Path file, ExportMonitor monitor) {
        SigningKey signing = key.get();
        Map<String, byte[]> entries = new TreeMap<>(documents(record));
        Path attachments = dataDir.toAbsolutePath().normalize().resolve(BundleAttachments.FOLDER);
        for (Map<String, Object> attachment : record.rows("incident_attachment")) {
            Object stored = attachment.get("stored_path");
            Path source = stored == null ? null : attachments.getParent().resolve(stored.toString()).normalize();
            if (source != null && source.startsWith(attachments) && Files.isRegularFile(source)) {
                entries.put(BundleFormat.FILES + attachment.get("id"), read(source, file));
            }
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        entries.forEach((path, bytes) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", path);
            entry.put("sha256", BundleFormat.sha256(bytes));
            listed.add(entry);
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("formatVersion", BundleFormat.FORMAT_VERSION);
        manifest.put("createdAt", clock.instant().toString());
        manifest.put("appVersion", appVersion);
        manifest.put("meetingId", record.meetingId().toString());
        manifest.put("files", listed);
        Signer signer = signing.signer();
        Map<String, Object> signedBy = new LinkedHashMap<>();
        signedBy.put("id", signer.id().toString());
        signedBy.put("name", signer.name());
        signedBy.put("publicKey", signer.publicKey());
        manifest.put("signer", signedBy);
        byte[] manifestBytes = BundleFormat.json(manifest);
        byte[] signature = (signing.sign(manifestBytes) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        files.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            long done = 0;
            put(zip, BundleFormat.MANIFEST, manifestBytes);
            put(zip, BundleFormat.SIGNATURE, signature);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
                monitor.step(++done, entries.size());
            }
            zip.finish();
        });
    }

    /** The JSON documents of the meeting, by their path in the bundle. */
    static Map<String, byte[]> documents(MeetingRecord record) {
        Map<String, byte[]> documents = new TreeMap<>();
        BundleFormat.DOCUMENTS.forEach((name, tables) -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("formatVersion", BundleFormat.FORMAT_VERSION);
            Map<String, Object> rows = new LinkedHashMap<>();
            tables.forEach(table -> rows.put(table, table.equals("incident_attachment")
                    ? withoutStoredPaths(record.rows(table)) : record.rows(table)));
            document.put("tables", rows);
            documents.put(name, BundleFormat.json(document));
        });
        return documents;
    }

    /** Attachment rows without their stored path: where a file lies is the receiving laptop's own fact. */
    private static List<Map<String, Object>> withoutStoredPaths(List<Map<String, Object>> rows) {
        List<Map<String, Object>> stripped = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("stored_path");
            stripped.add(copy);
        }
        return stripped;
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(0L);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private byte[] read(Path source, Path bundle) {
        try (java.io.InputStream in = cipher.decrypting(Files.newInputStream(source))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, bundle, e);
        }
    }
}
