package org.huiwu.model.incidents;

import java.util.Objects;
import java.util.UUID;

/** Someone to call at the venue (duty manager, electrician…) or an emergency number. Immutable. */
public record VenueContact(UUID id, ContactRole role, String name, String phone) {

    public VenueContact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
        phone = phone == null ? "" : phone;
    }
}
