package org.huiwu.logic.export;

import org.huiwu.logic.limits.InputLimits;

/**
 * Why a bundle was refused; the constant carries the bundle key of its message (arguments: file, detail, and for
 * the size limits the limit: megabytes, or files for {@link #TOO_MANY_FILES}).
 */
public enum BundleProblem {
    UNREADABLE("export.bundle.unreadable"),
    DAMAGED("export.bundle.damaged"),
    NO_MANIFEST("export.bundle.noManifest"),
    NEWER_FORMAT("export.bundle.newerFormat"),
    MISSING_FILE("export.bundle.missingFile"),
    CHECKSUM_MISMATCH("export.bundle.checksumMismatch"),
    UNLISTED_FILE("export.bundle.unlistedFile"),
    BAD_CONTENT("export.bundle.badContent"),
    /** One file in the bundle is larger than its limit ({@link InputLimits}); detail: the file. */
    FILE_TOO_LARGE("export.bundle.fileTooLarge"),
    /** The files of the bundle together are larger than {@link InputLimits#MAX_BUNDLE_BYTES}. */
    TOO_LARGE("export.bundle.tooLarge"),
    /** The JSON documents together are larger than {@link InputLimits#MAX_BUNDLE_ALL_JSON_BYTES}. */
    DATA_TOO_LARGE("export.bundle.dataTooLarge"),
    /** More bytes came out of a file than the zip declared: forged or damaged; detail: the file. */
    FORGED_SIZE("export.bundle.forgedSize"),
    /** The bundle holds more than {@link InputLimits#MAX_BUNDLE_FILES} files. */
    TOO_MANY_FILES("export.bundle.tooManyFiles"),
    /** The signature of the manifest is missing or does not hold: changed after signing; detail: the signer's name. */
    BAD_SIGNATURE("export.bundle.badSignature"),
    /** A signer this laptop trusts signed with another key (same id or same name); detail: the name. */
    KEY_CHANGED("export.bundle.keyChanged"),
    /** The signer is not trusted yet and the user did not trust them; detail: the name and fingerprint. */
    UNTRUSTED_SIGNER("export.bundle.untrustedSigner"),
    /** The bundle has no signature (version 2 or older) and the user did not allow it. */
    UNSIGNED("export.bundle.unsigned"),
    /** A row would change another meeting than the bundle's; detail: the table. */
    OTHER_MEETING("export.bundle.otherMeeting"),
    /** A procedure version would change this laptop's procedures; detail: the procedure and version. */
    SHARED_TEXT("export.bundle.sharedText"),
    /** An attachment is not a photo or PDF by its content, or does not match its record; detail: the file. */
    NOT_PHOTO_OR_PDF("export.bundle.notPhotoOrPdf"),
    /** A file in the bundle that no attachment record refers to; detail: the file. */
    ORPHAN_FILE("export.bundle.orphanFile");

    private final String messageKey;

    BundleProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
