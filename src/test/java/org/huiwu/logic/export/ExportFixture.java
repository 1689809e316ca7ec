package org.huiwu.logic.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;

/** Shared test helpers: a fixed clock, Chinese texts, opening data folders, reading and rewriting zips. */
final class ExportFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T06:30:00Z"), ZoneId.of("Asia/Shanghai"));
    static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    private ExportFixture() {
    }

    static AppContext open(Path dataDir) {
        return AppContext.open(dataDir, CLOCK);
    }

    /** Every entry of the zip by name. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry e = entriesIn.getNextEntry(); e != null; e = entriesIn.getNextEntry()) {
                entries.put(e.getName(), entriesIn.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes a copy of the zip with the entries changed by the function. */
    static Path rewrite(Path zip, Path target, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = change.apply(new TreeMap<>(entries(zip)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        Files.write(target, bytes.toByteArray());
        return target;
    }

    /**
     * A manifest of format version 1 for the entries (the old manifest's facts kept, every other entry
     * listed with its SHA-256), as a version-1 app wrote it.
     */
    /**
     * Rewrites a current bundle as the first format version wrote it: without the documents added in
     * version 2 ({@code feedback.json}, {@code conflicts.json}), version 1 in every document, sealed again.
     */
    static Path asFirstVersion(Path bundle, Path target) throws IOException {
        return rewrite(bundle, target, entries -> {
            entries.remove("feedback.json");
            entries.remove("conflicts.json");
            for (String name : List.copyOf(entries.keySet())) {
                if (name.endsWith(".json")) {
                    entries.put(name, new String(entries.get(name), StandardCharsets.UTF_8)
                            .replace("\"formatVersion\" : 2", "\"formatVersion\" : 1").getBytes(StandardCharsets.UTF_8));
                }
            }
            entries.put(BundleFormat.MANIFEST, reseal(entries));
            return entries;
        });
    }

    static byte[] reseal(Map<String, byte[]> entries) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> manifest = BundleFormat.MAPPER.readValue(entries.get(BundleFormat.MANIFEST), Map.class);
            java.util.List<Map<String, Object>> files = new java.util.ArrayList<>();
            entries.forEach((path, bytes) -> {
                if (!path.equals(BundleFormat.MANIFEST)) {
                    files.add(new java.util.LinkedHashMap<>(Map.of("path", path, "sha256", BundleFormat.sha256(bytes))));
                }
            });
            manifest.put("files", files);
            manifest.put("formatVersion", 1);
            return BundleFormat.json(manifest);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An opener whose streams fail like a full disk after the given number of bytes. */
    static ExportFiles fullDiskAfter(long limit) {
        return new ExportFiles(file -> {
            OutputStream real = Files.newOutputStream(file);
            return new OutputStream() {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    if (++written > limit) {
                        throw new IOException("No space left on device");
                    }
                    real.write(b);
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        });
    }
}
