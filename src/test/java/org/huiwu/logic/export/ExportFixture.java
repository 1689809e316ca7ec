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
     * Rewrites a current bundle as the first format version wrote it: without the documents added in
     * version 2 ({@code feedback.json}, {@code conflicts.json}), unsigned, sealed again.
     */
    static Path asFirstVersion(Path bundle, Path target) throws IOException {
        return asUnsigned(bundle, target, 1);
    }

    /**
     * Rewrites a current bundle as an unsigned bundle of an older format version (1 or 2): no signature, no
     * signer, attachments under {@code files/<stored path>} with the stored path in their rows, sealed again.
     */
    @SuppressWarnings("unchecked")
    static Path asUnsigned(Path bundle, Path target, int version) throws IOException {
        return rewrite(bundle, target, entries -> {
            entries.remove(BundleFormat.SIGNATURE);
            if (version < 2) {
                entries.remove("feedback.json");
                entries.remove("conflicts.json");
            }
            try {
                for (String name : List.copyOf(entries.keySet())) {
                    if (name.endsWith(".json") && !name.equals(BundleFormat.MANIFEST)) {
                        Map<String, Object> document = BundleFormat.MAPPER.readValue(entries.get(name), Map.class);
                        document.put("formatVersion", version);
                        Map<String, List<Map<String, Object>>> tables =
                                (Map<String, List<Map<String, Object>>>) document.get("tables");
                        for (Map<String, Object> row : tables.getOrDefault("incident_attachment", List.of())) {
                            String stored = "attachments/" + row.get("incident_id") + "/" + row.get("id") + "-photo.jpg";
                            row.put("stored_path", stored);
                            byte[] file = entries.remove(BundleFormat.FILES + row.get("id"));
                            if (file != null) {
                                entries.put(BundleFormat.FILES + stored, file);
                            }
                        }
                        entries.put(name, BundleFormat.json(document));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            entries.put(BundleFormat.MANIFEST, reseal(entries, version, null));
            return entries;
        });
    }

    /**
     * A new manifest for the entries (every other entry listed with its SHA-256), of the version; signed by
     * {@code key} (its signer named in the manifest, the signature put in the entries) or unsigned when null.
     */
    @SuppressWarnings("unchecked")
    static byte[] reseal(Map<String, byte[]> entries, int version, SigningKey key) {
        try {
            Map<String, Object> manifest = BundleFormat.MAPPER.readValue(entries.get(BundleFormat.MANIFEST), Map.class);
            java.util.List<Map<String, Object>> files = new java.util.ArrayList<>();
            entries.forEach((path, bytes) -> {
                if (!path.equals(BundleFormat.MANIFEST) && !path.equals(BundleFormat.SIGNATURE)) {
                    files.add(new java.util.LinkedHashMap<>(Map.of("path", path, "sha256", BundleFormat.sha256(bytes))));
                }
            });
            manifest.put("files", files);
            manifest.put("formatVersion", version);
            manifest.remove("signer");
            if (key != null) {
                manifest.put("signer", Map.of("id", key.signer().id().toString(), "name", key.signer().name(),
                        "publicKey", key.signer().publicKey()));
            }
            byte[] bytes = BundleFormat.json(manifest);
            if (key != null) {
                entries.put(BundleFormat.SIGNATURE, key.sign(bytes).getBytes(StandardCharsets.US_ASCII));
            }
            return bytes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a copy of the bundle changed by the function and signed again with {@code key}. */
    static Path resign(Path bundle, Path target, SigningKey key, UnaryOperator<Map<String, byte[]>> change)
            throws IOException {
        return rewrite(bundle, target, entries -> {
            Map<String, byte[]> changed = change.apply(entries);
            changed.put(BundleFormat.MANIFEST, reseal(changed, BundleFormat.FORMAT_VERSION, key));
            return changed;
        });
    }

    /** A signing key of another laptop, kept in its own folder. */
    static SigningKey otherLaptop(Path folder, String name) {
        return SigningKey.loadOrCreate(folder, name);
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
