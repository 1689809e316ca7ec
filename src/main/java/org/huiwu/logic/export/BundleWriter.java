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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a meeting as a sealed bundle: a zip of its JSON documents and attachment files with a
 * {@code manifest.json} listing every file's SHA-256. Entries are written in a fixed order with a fixed
 * timestamp so equal data gives equal JSON. Stateless apart from its collaborators; call from a
 * background thread.
 */
public final class BundleWriter {

    private final ExportFiles files;
    private final Path dataDir;
    private final Clock clock;
    private final String appVersion;

    public BundleWriter(ExportFiles files, Path dataDir, Clock clock, String appVersion) {
        this.files = files;
        this.dataDir = dataDir;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** Writes the bundle to the file, atomically; progress counts files. */
    public void write(MeetingRecord record, Path file, ExportMonitor monitor) {
        Map<String, byte[]> entries = new TreeMap<>(documents(record));
        for (Map<String, Object> attachment : record.rows("incident_attachment")) {
            String stored = attachment.get("stored_path").toString();
            Path source = dataDir.resolve(stored);
            if (Files.isRegularFile(source)) {
                entries.put(BundleFormat.FILES + stored, read(source, file));
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
        files.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            long done = 0;
            put(zip, BundleFormat.MANIFEST, BundleFormat.json(manifest));
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
            tables.forEach(table -> rows.put(table, record.rows(table)));
            document.put("tables", rows);
            documents.put(name, BundleFormat.json(document));
        });
        return documents;
    }

    private static void put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(0L);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static byte[] read(Path source, Path bundle) {
        try {
            return Files.readAllBytes(source);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, bundle, e);
        }
    }
}
