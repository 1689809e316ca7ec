package org.huiwu.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.huiwu.logic.incidents.AttachmentStore;

/**
 * Places a bundle's attachment files (decision 0025). A path is never taken from a bundle: each file lands at
 * {@code attachments/<incident id>/<attachment id>-<first 16 hex digits of its SHA-256><extension>}, derived
 * from its record, which gets that path. Each file must be a photo or PDF by its content (the check of quick
 * capture), of the record's media type and checksum; a file no record refers to is refused. A version-3 bundle
 * holds a record's file at {@code files/<attachment id>}, an older one at {@code files/<stored path>} (read as
 * a name inside the bundle only). Stateless; call from a background thread.
 */
final class BundleAttachments {

    static final String FOLDER = AttachmentStore.FOLDER;
    private static final String TABLE = "incident_attachment";
    private static final Map<String, String> EXTENSIONS = Map.of("image/png", ".png", "image/jpeg", ".jpg",
            "image/gif", ".gif", "image/webp", ".webp", "image/heic", ".heic", "application/pdf", ".pdf");

    /** A staged file and where it goes, relative to the data folder. */
    record Placement(Path staged, String target) {
    }

    /** The bundle's tables with each attachment record's derived path, and the files to place. */
    record Plan(Map<String, List<Map<String, Object>>> tables, List<Placement> files) {
    }

    private BundleAttachments() {
    }

    /**
     * The plan for a bundle read with its files staged.
     *
     * @throws BundleRejectedException when a file is not a photo or PDF, does not match its record, or has none
     */
    static Plan plan(Path bundle, BundleContents contents) {
        Map<String, Path> staged = new TreeMap<>(contents.attachments());
        List<Map<String, Object>> placed = new ArrayList<>();
        List<Placement> files = new ArrayList<>();
        for (Map<String, Object> row : contents.tables().getOrDefault(TABLE, List.of())) {
            UUID id = uuid(bundle, row.get("id"));
            UUID incident = uuid(bundle, row.get("incident_id"));
            String sha256 = String.valueOf(row.get("sha256"));
            String mediaType = String.valueOf(row.get("media_type"));
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, TABLE, null);
            }
            String entry = entry(bundle, contents.formatVersion(), row, incident);
            String target = FOLDER + "/" + incident + "/" + id + "-" + sha256.substring(0, 16)
                    + EXTENSIONS.getOrDefault(mediaType, "");
            Path file = staged.remove(entry);
            if (file != null) {
                check(bundle, BundleFormat.FILES + entry, file, sha256, mediaType);
                files.add(new Placement(file, target));
            }
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put("stored_path", target);
            placed.add(copy);
        }
        if (!staged.isEmpty()) {
            throw new BundleRejectedException(BundleProblem.ORPHAN_FILE, bundle,
                    BundleFormat.FILES + staged.keySet().iterator().next(), null);
        }
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>(contents.tables());
        if (tables.containsKey(TABLE)) {
            tables.put(TABLE, placed);
        }
        return new Plan(tables, files);
    }

    /**
     * The name under {@code files/} of the record's file: its id from version 3 on (a version-3 record that
     * carries a stored path is refused); before, its stored path, which must be a plain
     * {@code attachments/<incident id>/<name>} (used only as a name inside the bundle).
     */
    private static String entry(Path bundle, int version, Map<String, Object> row, UUID incident) {
        Object stored = row.get("stored_path");
        if (version >= BundleFormat.SIGNED_SINCE) {
            if (stored != null) {
                throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, TABLE + ".stored_path", null);
            }
            return row.get("id").toString();
        }
        String path = String.valueOf(stored);
        String prefix = FOLDER + "/" + incident + "/";
        if (!path.startsWith(prefix) || path.substring(prefix.length()).matches(".*[/\\\\:].*|\\.*")) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, TABLE + ".stored_path", null);
        }
        return path;
    }

    private static void check(Path bundle, String entry, Path file, String sha256, String mediaType) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(AttachmentStore.HEAD_LENGTH);
            Optional<String> sniffed = AttachmentStore.mediaType(head);
            MessageDigest digest = BundleFormat.newSha256();
            digest.update(head);
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            if (sniffed.isEmpty() || !sniffed.get().equals(mediaType)
                    || !BundleFormat.hex(digest.digest()).equals(sha256)) {
                throw new BundleRejectedException(BundleProblem.NOT_PHOTO_OR_PDF, bundle, entry, null);
            }
        } catch (IOException e) {
            throw new BundleRejectedException(BundleProblem.UNREADABLE, bundle, entry, e);
        }
    }

    private static UUID uuid(Path bundle, Object value) {
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, TABLE, e);
        }
    }
}
