package org.huiwu.logic.export;

import java.util.Set;

/**
 * What the user allowed for one merge (decision 0025): to trust every new signer on first use (the command
 * line), or only the new signers whose public keys the user confirmed (the window); and whether bundles without
 * a signature may merge. A signer whose key changed, or a signature that fails, is refused whatever this says.
 * Immutable.
 *
 * @param trustNewSigners every new signer is trusted with this merge
 * @param confirmedKeys the public keys of the new signers the user trusted
 * @param allowUnsigned bundles of format version 2 and older may merge (marked unsigned in the history)
 */
public record MergePermission(boolean trustNewSigners, Set<String> confirmedKeys, boolean allowUnsigned) {

    /** The command line's default: a new signer is trusted on first use; an unsigned bundle is refused. */
    public static final MergePermission ON_FIRST_USE = new MergePermission(true, Set.of(), false);

    public MergePermission {
        confirmedKeys = Set.copyOf(confirmedKeys);
    }

    /** The same, with unsigned bundles allowed or not. */
    public MergePermission allowingUnsigned(boolean allow) {
        return new MergePermission(trustNewSigners, confirmedKeys, allow);
    }

    boolean trusts(Signer signer) {
        return trustNewSigners || confirmedKeys.contains(signer.publicKey());
    }
}
