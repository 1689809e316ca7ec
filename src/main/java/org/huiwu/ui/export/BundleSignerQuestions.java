package org.huiwu.ui.export;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.MergePermission;
import org.huiwu.logic.export.Signer;
import org.huiwu.logic.export.TrustedSigners;
import org.huiwu.ui.common.DialogService;

/**
 * The signers of the bundles about to be merged, as the attendant meets them (decision 0025): asks once to trust
 * each new signer and once to merge an unsigned bundle, and after the merge says who signed what was merged.
 * Holds no state between merges. FX thread only (it asks through the {@link DialogService}).
 */
final class BundleSignerQuestions {

    private final DialogService dialogs;
    private final I18n i18n;

    BundleSignerQuestions(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /**
     * Asks once for each new signer (shown with name and fingerprint) and each unsigned bundle; null when the
     * user declined one, so nothing is merged. A signer whose key changed is refused by the merge itself.
     */
    MergePermission askTrust(List<BundleMerger.Signature> signatures) {
        String title = i18n.get("export.window.mergeTitle");
        Set<String> trusted = new HashSet<>();
        boolean unsigned = false;
        for (BundleMerger.Signature signature : signatures) {
            String file = String.valueOf(signature.bundle().getFileName());
            Signer signer = signature.signer();
            if (signer == null) {
                if (!unsigned && !dialogs.confirm(title, i18n.format("export.merge.unsignedQuestion", file))) {
                    return null;
                }
                unsigned = true;
            } else if (signature.trust() == TrustedSigners.Trust.NEW && trusted.add(signer.publicKey())
                    && dialogs.choose(title, i18n.format("export.merge.trustQuestion", file, signer.name(),
                            signer.fingerprint()), List.of(i18n.get("export.merge.trust"),
                            i18n.get("export.merge.dontTrust"))) != 0) {
                return null;
            }
        }
        return new MergePermission(false, trusted, unsigned);
    }

    /** Who signed the merged bundles, each once: name and fingerprint, or unsigned. */
    String signers(List<BundleMerger.Signature> signatures) {
        Set<String> lines = new LinkedHashSet<>();
        for (BundleMerger.Signature signature : signatures) {
            Signer signer = signature.signer();
            lines.add(signer == null ? i18n.get("export.merge.unsignedLine")
                    : i18n.format("export.merge.signerLine", signer.name(), signer.fingerprint()));
        }
        return i18n.format("export.merge.signedBy", String.join(i18n.get("export.merge.separator"), lines));
    }
}
