package org.huiwu.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and verifies a sealed bundle: the zip must open, the manifest must be of a format this app
 * reads, every listed file must be present with its SHA-256, and no file may be unlisted. Any change to
 * the bundle is refused with a {@link BundleRejectedException} naming the reason. Stateless; thread-safe.
 */
public final class BundleReader {

    private static final TypeReference<Map<String, List<Map<String, Object>>>> TABLES = new TypeReference<>() { };

    /** Verifies the bundle and returns its contents. */
    public BundleContents read(Path bundle) {
        Map<String, byte[]> entries = entries(bundle);
        byte[] manifestBytes = entries.remove(BundleFormat.MANIFEST);
        if (manifestBytes == null) {
            throw new BundleRejectedException(BundleProblem.NO_MANIFEST, bundle, "", null);
        }
        try {
            JsonNode manifest = BundleFormat.MAPPER.readTree(manifestBytes);
            int version = manifest.path("formatVersion").asInt(-1);
            if (version > BundleFormat.FORMAT_VERSION) {
                throw new BundleRejectedException(BundleProblem.NEWER_FORMAT, bundle, String.valueOf(version), null);
            }
            if (version < BundleFormat.OLDEST_VERSION || !manifest.path("files").isArray()) {
                throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, BundleFormat.MANIFEST, null);
            }
            TreeMap<String, byte[]> unlisted = new TreeMap<>(entries);
            for (JsonNode file : manifest.path("files")) {
                String path = file.path("path").asText();
                byte[] bytes = unlisted.remove(path);
                if (bytes == null) {
                    throw new BundleRejectedException(BundleProblem.MISSING_FILE, bundle, path, null);
                }
                if (!BundleFormat.sha256(bytes).equals(file.path("sha256").asText())) {
                    throw new BundleRejectedException(BundleProblem.CHECKSUM_MISMATCH, bundle, path, null);
                }
            }
            if (!unlisted.isEmpty()) {
                throw new BundleRejectedException(BundleProblem.UNLISTED_FILE, bundle, unlisted.firstKey(), null);
            }
            return contents(bundle, manifest, entries);
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, "", e);
        }
    }

    private static BundleContents contents(Path bundle, JsonNode manifest, Map<String, byte[]> entries)
            throws IOException {
        int version = manifest.path("formatVersion").asInt();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String document : BundleFormat.DOCUMENTS.keySet()) {
            byte[] bytes = entries.get(document);
            if (bytes == null && !BundleFormat.required(document, version)) {
                continue;
            }
            if (bytes == null) {
                throw new BundleRejectedException(BundleProblem.MISSING_FILE, bundle, document, null);
            }
            JsonNode node = BundleFormat.MAPPER.readTree(bytes);
            tables.putAll(BundleFormat.MAPPER.convertValue(node.path("tables"), TABLES));
        }
        Map<String, byte[]> attachments = new TreeMap<>();
        entries.forEach((path, bytes) -> {
            if (path.startsWith(BundleFormat.FILES)) {
                attachments.put(path.substring(BundleFormat.FILES.length()), bytes);
            }
        });
        return new BundleContents(version, manifest.path("createdAt").asText(),
                manifest.path("appVersion").asText(), UUID.fromString(manifest.path("meetingId").asText()),
                entries.size(), tables, attachments);
    }

    private static Map<String, byte[]> entries(Path bundle) {
        if (!Files.isRegularFile(bundle)) {
            throw new BundleRejectedException(BundleProblem.UNREADABLE, bundle, "", null);
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(entry.getName())) {
                    throw new BundleRejectedException(BundleProblem.DAMAGED, bundle, entry.getName(), null);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (ZipException e) {
            throw new BundleRejectedException(BundleProblem.DAMAGED, bundle, "", e);
        } catch (IOException e) {
            throw new BundleRejectedException(BundleProblem.UNREADABLE, bundle, "", e);
        }
        return entries;
    }
}
