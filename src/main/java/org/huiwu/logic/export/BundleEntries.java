package org.huiwu.logic.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.huiwu.logic.limits.InputLimits;

/**
 * Reads the entries of one open bundle within {@link InputLimits}: {@link #index} checks the sizes the zip
 * declares before anything is unpacked; {@link #json} and {@link #attachment} stream one entry, computing its
 * SHA-256 as it passes and refusing it as soon as more bytes come out than the zip declared (so a forged size
 * cannot make it read more than the limits). JSON documents are held in memory, attachments go to a file.
 * Confined to the thread that reads the bundle.
 */
final class BundleEntries {

    private static final int BUFFER = 64 * 1024;

    private final Path bundle;
    private final ZipFile zip;

    BundleEntries(Path bundle, ZipFile zip) {
        this.bundle = bundle;
        this.zip = zip;
    }

    /** The file entries by name, once their count, names and declared sizes pass the limits. */
    Map<String, ZipEntry> index() {
        if (zip.size() > InputLimits.MAX_BUNDLE_FILES) {
            throw new BundleRejectedException(BundleProblem.TOO_MANY_FILES, bundle, "", InputLimits.MAX_BUNDLE_FILES, null);
        }
        Map<String, ZipEntry> entries = new TreeMap<>();
        long total = 0;
        long json = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.put(name, entry) != null || entry.getSize() < 0) {
                throw new BundleRejectedException(BundleProblem.DAMAGED, bundle, name, null);
            }
            long limit = limit(name);
            if (entry.getSize() > limit) {
                throw new BundleRejectedException(BundleProblem.FILE_TOO_LARGE, bundle, name,
                        InputLimits.megabytes(limit), null);
            }
            total += entry.getSize();
            json += isAttachment(name) ? 0 : entry.getSize();
            if (total > InputLimits.MAX_BUNDLE_BYTES) {
                throw new BundleRejectedException(BundleProblem.TOO_LARGE, bundle, "",
                        InputLimits.megabytes(InputLimits.MAX_BUNDLE_BYTES), null);
            }
            if (json > InputLimits.MAX_BUNDLE_ALL_JSON_BYTES) {
                throw new BundleRejectedException(BundleProblem.DATA_TOO_LARGE, bundle, "",
                        InputLimits.megabytes(InputLimits.MAX_BUNDLE_ALL_JSON_BYTES), null);
            }
        }
        return entries;
    }

    static boolean isAttachment(String name) {
        return name.startsWith(BundleFormat.FILES);
    }

    private static long limit(String name) {
        return isAttachment(name) ? InputLimits.MAX_ATTACHMENT_BYTES : InputLimits.MAX_BUNDLE_JSON_BYTES;
    }

    /** The bytes of a JSON document. */
    byte[] json(ZipEntry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(entry.getSize(), BUFFER));
        copy(entry, bytes, null, BundleFormat.newSha256());
        return bytes.toByteArray();
    }

    /**
     * Streams an attachment into {@code target} (its folder is created), or only checks it when target is null,
     * and returns its SHA-256.
     */
    String attachment(ZipEntry entry, Path target) throws IOException {
        MessageDigest digest = BundleFormat.newSha256();
        if (target == null) {
            copy(entry, OutputStream.nullOutputStream(), null, digest);
            return BundleFormat.hex(digest.digest());
        }
        OutputStream out;
        try {
            Files.createDirectories(target.getParent());
            out = Files.newOutputStream(target);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        }
        try (out) {
            copy(entry, out, target, digest);
        }
        return BundleFormat.hex(digest.digest());
    }

    private void copy(ZipEntry entry, OutputStream out, Path target, MessageDigest digest) throws IOException {
        long declared = entry.getSize();
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > declared) {
                    throw new BundleRejectedException(BundleProblem.FORGED_SIZE, bundle, entry.getName(), null);
                }
                digest.update(buffer, 0, n);
                write(out, buffer, n, target);
            }
        }
    }

    private static void write(OutputStream out, byte[] buffer, int length, Path target) {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        }
    }
}
