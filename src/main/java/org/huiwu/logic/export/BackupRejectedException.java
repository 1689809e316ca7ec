package org.huiwu.logic.export;

import java.nio.file.Path;

/** A restore was refused and the database left as it was; carries the reason and the backup file. */
public final class BackupRejectedException extends RuntimeException {

    /** Why a restore was refused; the constant carries the bundle key of its message (argument: file). */
    public enum Reason {
        IN_USE("export.restore.inUse"),
        NOT_A_BACKUP("export.restore.notABackup"),
        NEWER_VERSION("export.restore.newerVersion");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final transient Reason reason;
    private final transient Path file;

    public BackupRejectedException(Reason reason, Path file, Throwable cause) {
        super(reason + ": " + file, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
