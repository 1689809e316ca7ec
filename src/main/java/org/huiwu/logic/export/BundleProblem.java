package org.huiwu.logic.export;

/** Why a bundle was refused; the constant carries the bundle key of its message (arguments: file, detail). */
public enum BundleProblem {
    UNREADABLE("export.bundle.unreadable"),
    DAMAGED("export.bundle.damaged"),
    NO_MANIFEST("export.bundle.noManifest"),
    NEWER_FORMAT("export.bundle.newerFormat"),
    MISSING_FILE("export.bundle.missingFile"),
    CHECKSUM_MISMATCH("export.bundle.checksumMismatch"),
    UNLISTED_FILE("export.bundle.unlistedFile"),
    BAD_CONTENT("export.bundle.badContent");

    private final String messageKey;

    BundleProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
