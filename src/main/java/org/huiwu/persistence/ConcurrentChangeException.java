package org.huiwu.persistence;

import java.util.UUID;

/**
 * A change was refused because the record was changed by another window or laptop since it was read;
 * the caller reads it again and retries. Nothing was written.
 */
public final class ConcurrentChangeException extends RuntimeException {

    private final transient UUID recordId;

    public ConcurrentChangeException(UUID recordId) {
        super("changed meanwhile: " + recordId);
        this.recordId = recordId;
    }

    public UUID recordId() {
        return recordId;
    }
}
