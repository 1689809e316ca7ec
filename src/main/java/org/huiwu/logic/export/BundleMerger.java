package org.huiwu.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.huiwu.persistence.MeetingTables;
import org.huiwu.persistence.MergeCounts;
import org.huiwu.persistence.MergeRefusedException;
import org.huiwu.persistence.MergeSource;
import org.huiwu.persistence.PrivateFiles;

/**
 * Imports bundles from other laptops into this data folder. Every bundle is verified first, its attachment
 * files streamed into a staging folder inside the data folder as their checksums are computed; only when all
 * bundles pass are the files not yet present moved into place and all rows merged in one transaction (matched by
 * their ids, so merging a bundle twice changes nothing; conflicting incident edits become extra versions,
 * other clashing rows are kept as merge conflicts beside the local ones).
 * If anything fails, the moved files are removed and the database is unchanged; the staging folder is always
 * removed. Stateless apart from its
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
        Path staging = staging();
        List<Path> copied = new ArrayList<>();
        boolean merged = false;
        try {
            List<BundleContents> contents = new ArrayList<>();
            for (Path bundle : bundles) {
                contents.add(reader.read(bundle, staging.resolve(String.valueOf(contents.size()))));
                monitor.step(contents.size(), bundles.size() + 1L);
            }
            for (int i = 0; i < contents.size(); i++) {
                for (Map.Entry<String, Path> file : contents.get(i).attachments().entrySet()) {
                    moveIfAbsent(bundles.get(i), file.getKey(), file.getValue(), copied);
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
            deleteTree(staging);
        }
    }

    /** A fresh folder inside the data folder, so that staged files move into place without a copy. */
    private Path staging() {
        try {
            return Files.createTempDirectory(dataDir, ".merge-");
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, dataDir, e);
        }
    }

    private void moveIfAbsent(Path bundle, String relative, Path staged, List<Path> copied) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root.resolve("attachments"))) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundle, relative, null);
        }
        if (Files.exists(target)) {
            return;
        }
        try {
            PrivateFiles.createFolders(target.getParent());
            Files.move(staged, target);
            copied.add(target);
        } catch (FileAlreadyExistsException e) {
            // the same file came in an earlier bundle of this merge
        } catch (IOException e) {
            throw new ExportFailedException(ExportProblem.NOT_WRITABLE, target, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(BundleMerger::deleteQuietly);
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover staging folder holds only copies that nothing reads
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray attachment file without a row, or a staged copy, does no harm
        }
    }
}
