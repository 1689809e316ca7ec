package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A photo or PDF attached to an incident: copied into the data folder at {@code storedPath} (relative
 * to the data folder, with {@code /} separators), with its size, detected media type and the SHA-256
 * of the copied bytes (lower-case hex) to check it when it is opened. Immutable.
 */
public record Attachment(UUID id, UUID incidentId, String originalName, String storedPath, long size,
        String mediaType, String sha256, Instant addedAt, String addedBy) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(storedPath, "storedPath");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(addedAt, "addedAt");
        addedBy = addedBy == null ? "" : addedBy;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
