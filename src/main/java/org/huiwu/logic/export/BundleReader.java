package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.huiwu.logic.limits.InputLimits;

/**
 * Reads and verifies a sealed bundle: the zip must open and stay within {@link InputLimits}, the manifest
 * must be of a format this app reads, every listed file must be present with its SHA-256, and no file may be
 * unlisted. Sizes and names are checked from the zip's directory before anything is unpacked; then each file
 * streams once, its checksum computed on the way (see {@link BundleEntries}). Any change to the bundle is
 * refused with a {@link BundleRejectedException} naming the reason. Stateless; thread-safe.
 */
public final class BundleReader {

    private static final TypeReference<Map<String, List<Map<String, Object>>>> TABLES = new TypeReference<>() { };

    /** Verifies the bundle and returns its contents; attachments are checked, not kept. */
    public BundleContents read(Path bundle) {
        return read(bundle, null);
    }

    /**
     * Verifies the bundle and returns its contents, with every attachment streamed into a file under
     * {@code staging} (null: checked, not kept). The staged files are the caller's to move or delete.
     */
    public BundleContents read(Path bundle, Path staging) {
        if (!Files.isRegularFile(bundle)) {
            throw new BundleRejectedException(BundleProblem.UNREADABLE, bundle, "", null);
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            BundleEntries reading = new BundleEntries(bundle, zip);
            Map<String, ZipEntry> entries = reading.index();
            ZipEntry manifestEntry = entries.remove(BundleFormat.MANIFEST);
            if (manifestEntry == null) {
                throw new BundleRejectedException(BundleProblem.NO_MANIFEST, bundle, "", null);
            }
            JsonNode manifest = BundleFormat.MAPPER.readTree(reading.json(manifestEntry));
            Map<String, String> listed = listed(bundle, manifest, entries);
            Map<String, byte[]> documents = new TreeMap<>();
            Map<String, Path> attachments = new TreeMap<>();
            for (Map.Entry<String, String> file : listed.entrySet()) {
                String path = file.getKey();
                String sha256;
                if (BundleEntries.isAttachment(path)) {
                    Path target = staging == null ? null : staging.resolve(String.valueOf(attachments.size()));
                    sha256 = reading.attachment(entries.get(path), target);
                    if (target != null) {
                        attachments.put(path.substring(BundleFormat.FILES.length()), target);
                    }
                } else {
                    byte[] bytes = reading.json(entries.get(path));
                    sha256 = BundleFormat.sha256(bytes);
                    documents.put(path, bytes);
                }
                if (!sha256.equals(file.getValue())) {
                    throw new BundleRejectedException(BundleProblem.CHECKSUM_MISMATCH, bundle, path, null);
                }
            }
            return contents(bundle, manifest, documents, attachments, entries.size());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, "", e);
        } catch (ZipException e) {
            throw new BundleRejectedException(BundleProblem.DAMAGED, bundle, "", e);
        } catch (IOException e) {
            throw new BundleRejectedException(BundleProblem.UNREADABLE, bundle, "", e);
        }
    }

    /** The files the manifest lists with their checksums, once the format is readable and the names match. */
    private static Map<String, String> listed(Path bundle, JsonNode manifest, Map<String, ZipEntry> entries) {
        int version = manifest.path("formatVersion").asInt(-1);
        if (version > BundleFormat.FORMAT_VERSION) {
            throw new BundleRejectedException(BundleProblem.NEWER_FORMAT, bundle, String.valueOf(version), null);
        }
        if (version < BundleFormat.OLDEST_VERSION || !manifest.path("files").isArray()) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, BundleFormat.MANIFEST, null);
        }
        Map<String, String> listed = new LinkedHashMap<>();
        TreeSet<String> unlisted = new TreeSet<>(entries.keySet());
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            if (!unlisted.remove(path)) {
                throw new BundleRejectedException(BundleProblem.MISSING_FILE, bundle, path, null);
            }
            listed.put(path, file.path("sha256").asText());
        }
        if (!unlisted.isEmpty()) {
            throw new BundleRejectedException(BundleProblem.UNLISTED_FILE, bundle, unlisted.first(), null);
        }
        return listed;
    }

    private static BundleContents contents(Path bundle, JsonNode manifest, Map<String, byte[]> documents,
            Map<String, Path> attachments, int fileCount) throws IOException {
        int version = manifest.path("formatVersion").asInt();
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String document : BundleFormat.DOCUMENTS.keySet()) {
            byte[] bytes = documents.get(document);
            if (bytes == null && !BundleFormat.required(document, version)) {
                continue;
            }
            if (bytes == null) {
                throw new BundleRejectedException(BundleProblem.MISSING_FILE, bundle, document, null);
            }
            JsonNode node = BundleFormat.MAPPER.readTree(bytes);
            tables.putAll(BundleFormat.MAPPER.convertValue(node.path("tables"), TABLES));
        }
        return new BundleContents(version, manifest.path("createdAt").asText(),
                manifest.path("appVersion").asText(), UUID.fromString(manifest.path("meetingId").asText()),
                fileCount, tables, attachments);
    }
}
