package org.huiwu.logic.export;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.huiwu.persistence.MeetingTables;
import org.huiwu.persistence.MergeCounts;
import org.huiwu.persistence.MergeRefusedException;
import org.huiwu.persistence.MergeScopeException;
import org.huiwu.persistence.MergeSigner;
import org.huiwu.persistence.MergeSource;
import org.huiwu.persistence.FileCipher;

/**
 * Imports bundles from other laptops into this data folder. Every bundle is verified first (its signature
 * included), its signer checked against the trusted signers and the user's permission, its attachment files
 * streamed into a staging folder inside the data folder and checked against their records
 * ({@link BundleAttachments}); only when all bundles pass are the files moved to the paths this laptop derives
 * and all rows merged in one transaction, within each bundle's meeting ({@code MeetingScope}), with the new
 * signers trusted and the merge history written. If anything fails, the moved files are removed and the
 * database is unchanged; the staging folder is always removed ({@link MergeStaging}). Stateless apart from its
 * collaborators; call from a background thread.
 */
public final class BundleMerger {

    private final BundleReader reader;
    private final MeetingTables tables;
    private final TrustedSigners trust;
    private final Path dataDir;
    private final Clock clock;
    private final Runnable shippedProcedures;
    private final FileCipher cipher;

    /**
     * A merger; {@code shippedProcedures} stores the shipped procedures when this laptop has none yet, so that a
     * bundle's procedure versions meet this laptop's own ones (never the other way round).
     */
    public BundleMerger(BundleReader reader, MeetingTables tables, TrustedSigners trust, Path dataDir, Clock clock,
            Runnable shippedProcedures) {
        this(reader, tables, trust, dataDir, clock, shippedProcedures, FileCipher.NONE);
    }

    private BundleMerger(BundleReader reader, MeetingTables tables, TrustedSigners trust, Path dataDir, Clock clock,
            Runnable shippedProcedures, FileCipher cipher) {
        this.cipher = cipher;
        this.shippedProcedures = shippedProcedures;
        this.reader = reader;
        this.tables = tables;
        this.trust = trust;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** The same merger, writing the bundle's attachments encrypted with {@code fileCipher} (an encrypted folder). */
    public BundleMerger encryptingFilesWith(FileCipher fileCipher) {
        return new BundleMerger(reader, tables, trust, dataDir, clock, shippedProcedures, fileCipher);
    }

    /** A bundle's signer (null: unsigned) and what this laptop knows of them, before merging. */
    public record Signature(Path bundle, Signer signer, TrustedSigners.Trust trust) {
    }

    /** What a merge did; {@code newlyTrusted} are the signers trusted with it, {@code unsigned} the bundles without. */
    public record MergeResult(int bundles, MergeCounts rows, int filesCopied, List<Signer> newlyTrusted, int unsigned) {

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
     * Verifies each bundle and says who signed it and whether this laptop trusts them, so the window can ask.
     *
     * @throws BundleRejectedException when a bundle fails its checks or its signature
     */
    public List<Signature> signatures(List<Path> bundles) {
        List<Signature> signatures = new ArrayList<>();
        for (Path bundle : bundles) {
            Signer signer = reader.read(bundle).signer();
            signatures.add(new Signature(bundle, signer, signer == null ? null : trust.of(signer)));
        }
        return signatures;
    }

    /** Merges the bundles as the command line does ({@link MergePermission#ON_FIRST_USE}). */
    public MergeResult merge(List<Path> bundles, ExportMonitor monitor) {
        return merge(bundles, MergePermission.ON_FIRST_USE, monitor);
    }

    /**
     * Merges the bundles, all or nothing.
     *
     * @throws BundleRejectedException when a bundle fails its checks, its signer is not trusted or its rows or
     *     files reach beyond its meeting (nothing is imported)
     */
    public MergeResult merge(List<Path> bundles, MergePermission permission, ExportMonitor monitor) {
        shippedProcedures.run();
        try (MergeStaging staging = new MergeStaging(dataDir, cipher)) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<MergeSource> sources = new ArrayList<>();
            List<BundleAttachments.Placement> files = new ArrayList<>();
            List<Signer> newlyTrusted = new ArrayList<>();
            int unsigned = 0;
            for (Path bundle : bundles) {
                BundleContents contents = reader.read(bundle, staging.folder(String.valueOf(sources.size())));
                MergeSigner signer = signer(bundle, contents.signer(), permission, newlyTrusted);
                unsigned += signer == null ? 1 : 0;
                BundleAttachments.Plan plan = BundleAttachments.plan(bundle, contents);
                files.addAll(plan.files());
                sources.add(new MergeSource(contents.meetingId(), String.valueOf(bundle.getFileName()),
                        contents.createdAt(), now, plan.tables(), signer));
                monitor.step(sources.size(), bundles.size() + 1L);
            }
            files.forEach(staging::place);
            MergeCounts counts = merge(bundles, sources);
            staging.keep();
            monitor.step(bundles.size() + 1L, bundles.size() + 1L);
            return new MergeResult(bundles.size(), counts, staging.copied(), List.copyOf(newlyTrusted), unsigned);
        }
    }

    private MergeCounts merge(List<Path> bundles, List<MergeSource> sources) {
        try {
            return tables.merge(sources);
        } catch (MergeScopeException e) {
            Path bundle = bundles.stream().filter(b -> String.valueOf(b.getFileName()).equals(e.bundle()))
                    .findFirst().orElse(bundles.get(0));
            throw new BundleRejectedException(e.rule() == MergeScopeException.Rule.OTHER_MEETING
                    ? BundleProblem.OTHER_MEETING : BundleProblem.SHARED_TEXT, bundle, e.detail(), e);
        } catch (MergeRefusedException e) {
            throw new BundleRejectedException(BundleProblem.BAD_CONTENT, bundles.get(0),
                    String.valueOf(e.getCause().getMessage()), e);
        }
    }

    /** The bundle's signer as the merge keeps it, once this laptop trusts them; null when unsigned and allowed. */
    private MergeSigner signer(Path bundle, Signer signer, MergePermission permission, List<Signer> newlyTrusted) {
        if (signer == null) {
            if (!permission.allowUnsigned()) {
                throw new BundleRejectedException(BundleProblem.UNSIGNED, bundle, "", null);
            }
            return null;
        }
        TrustedSigners.Trust known = trust.of(signer);
        if (known == TrustedSigners.Trust.KEY_CHANGED) {
            throw new BundleRejectedException(BundleProblem.KEY_CHANGED, bundle, signer.name(), null);
        }
        boolean trustNow = known == TrustedSigners.Trust.NEW;
        if (trustNow && !permission.trusts(signer)) {
            throw new BundleRejectedException(BundleProblem.UNTRUSTED_SIGNER, bundle,
                    signer.name() + " " + signer.fingerprint(), null);
        }
        if (trustNow && newlyTrusted.stream().noneMatch(s -> s.publicKey().equals(signer.publicKey()))) {
            newlyTrusted.add(signer);
        }
        return new MergeSigner(signer.id(), signer.name(), signer.publicKey(), signer.fingerprint(), trustNow);
    }
}
