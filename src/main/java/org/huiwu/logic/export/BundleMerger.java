package org.huiwu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huiwu.persistence.MeetingTables;
import org.huiwu.persistence.MergeCounts;
import org.huiwu.persistence.MergeRefusedException;
import org.huiwu.persistence.MergeSource;

/**
 * Imports bundles from other laptops into this data folder. Every bundle is verified first; then the
 * attachment files not yet present are copied and all rows are merged in one transaction (matched by
 * their ids, so merging a bundle twice changes nothing; conflicting incident edits become extra versions,
 * other clashing rows are kept as merge conflicts beside the local ones).
 * If anything fails, the copied files are removed and the database is unchanged. Stateless apart from its
 * collaborators; call from a background thread.
 */
public final class BundleMerger {

    private final BundleReader reader;
    private final MeetingTables tables;
    private final Path dataDir;
    private final Clock clock;

    public BundleMerger(BundleReader reader, MeetingTables tables, Path dataDir, Clock clock) {
        this.reader = reader;
        this.tables = tables;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** What a merge did. */
    public record MergeResult(int bundles, MergeCounts rows, int filesCopied) {

        /** How many incoming rows were newly kept as merge conflicts beside local ones. */
        public int conflicts() {
            return rows.conflicts();
        }

        /**
         * The counts as the merge message shows them: bundles, inserted, unchanged, kept local, conflict versions,
         * files, conflicts.
         */
        public Object[] messageArguments() {
            return new Object[] {bundles, rows.inserted(), rows.unchanged(), rows.keptLocal(), rows.conflictVersions(),
                filesCopied, rows.conflicts()};
        }
    }

    /**
     * Merges the bundles, all or nothing.
     *
     * @throws BundleRejectedException when a bundle fails its checks (nothing is imported)
     */
    public MergeResult merge(List<Path> bundles, ExportMonitor monitor) {
        List<BundleContents> contents = new ArrayList<>();
        for (Path bundle : bundles) {
            contents.add(reader.read(bundle));
            monitor.step(contents.size(), bundles.size() + 1L);
        }
        List<Path> copied = new ArrayList<>();
        boolean merged = false;
        try {
            for (int i = 0; i < contents.size(); i++) {
                for (Map.Entry<String, byte[]> file : contents.get(i).attachments().entrySet()) {
                    copyIfAbsent(bundles.get(i), file.getKey(), file.getValue(), copied);
                }
            }
            MergeCounts counts;
            try {
                OffsetDateTime now = OffsetDateTime.now(clock);
                List<MergeSource> sources = new ArrayList<>();
                for (int i = 0; i < contents.size(); i++) {
                    BundleContents bundle = contents.get(i);
                    sources.add(new MergeSource(bundle.meetingId(), String.valueOf(bundles.get(i).getFileName()),
                            bundle.createdAt(), now, bundle.tables()));
                }
                counts = tables.merge(sources);
            } catch (MergeRefusedException e) {
                throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundles.get(0),
                        String.valueOf(e.getCause().getMessage()), e);
            }
            merged = true;
            monitor.step(bundles.size() + 1L, bundles.size() + 1L);
            return new MergeResult(bundles.size(), counts, copied.size());
        } finally {
            if (!merged) {
                copied.forEach(BundleMerger::deleteQuietly);
            }
        }
    }

    private void copyIfAbsent(Path bundle, String relative, byte[] bytes, List<Path> copied) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root.resolve("attachments"))) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, relative, null);
        }
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            copied.add(target);
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray attachment file without a row does no harm
        }
    }
}
