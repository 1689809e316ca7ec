package org.huiwu.model.incidents;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A record that someone was notified about an incident: whom (role, name and phone as they were at the
 * time), when and by whom. Only ever added. Immutable.
 */
public record Notification(UUID id, UUID incidentId, ContactRole role, String contactName, String phone,
        Instant notifiedAt, String notifiedBy) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(notifiedAt, "notifiedAt");
        contactName = contactName == null ? "" : contactName;
        phone = phone == null ? "" : phone;
        notifiedBy = notifiedBy == null ? "" : notifiedBy;
    }
}
