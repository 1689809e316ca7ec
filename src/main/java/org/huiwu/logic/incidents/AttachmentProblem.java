package org.huiwu.logic.incidents;

/** Why a file could not be attached or opened; each value names its message key. */
public enum AttachmentProblem {
    FILE_MISSING("incident.attachment.problem.fileMissing"),
    TOO_LARGE("incident.attachment.problem.tooLarge"),
    NOT_IMAGE_OR_PDF("incident.attachment.problem.notImageOrPdf"),
    COPY_FAILED("incident.attachment.problem.copyFailed"),
    STORED_FILE_MISSING("incident.attachment.problem.storedFileMissing"),
    CHECKSUM_MISMATCH("incident.attachment.problem.checksumMismatch");

    private final String messageKey;

    AttachmentProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
