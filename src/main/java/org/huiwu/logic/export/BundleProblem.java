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
    TOO_MANY_FILES("export.bundle.tooManyFiles");

    private final String messageKey;

    BundleProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
