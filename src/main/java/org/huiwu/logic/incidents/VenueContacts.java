package org.huiwu.logic.incidents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.VenueContact;
import org.huiwu.persistence.VenueContactDao;

/**
 * The venue's contact list shown beside the procedure steps (duty manager, electrician, sound
 * technician, security, organiser, 120/119/110…), kept in the data folder's database. Until a list is
 * saved, one entry per role is offered, with the public numbers filled in. Synchronous and
 * thread-safe; call it off the FX thread.
 */
public final class VenueContacts {

    private final VenueContactDao contacts;
    private final Supplier<UUID> ids;

    public VenueContacts(VenueContactDao contacts, Supplier<UUID> ids) {
        this.contacts = contacts;
        this.ids = ids;
    }

    /** The saved list in its order, or the default list when none was saved. */
    public List<VenueContact> list() {
        List<VenueContact> saved = contacts.list();
        return saved.isEmpty() ? defaults() : saved;
    }

    /** The contacts of one role, in list order. */
    public List<VenueContact> forRole(ContactRole role) {
        return list().stream().filter(c -> c.role() == role).toList();
    }

    /** Replaces the list (in one transaction). */
    public void save(List<VenueContact> list) {
        for (VenueContact contact : list) {
            IncidentRejectedException.checkLength(contact.name(), IncidentProblem.MAX_NAME);
            IncidentRejectedException.checkLength(contact.phone(), 100);
        }
        contacts.replaceAll(list);
    }

    /** A new, unsaved contact of {@code role} with a fresh id. */
    public VenueContact blank(ContactRole role) {
        return new VenueContact(ids.get(), role, "", role.publicNumber());
    }

    /** One entry per role except "other", with stable ids. */
    static List<VenueContact> defaults() {
        List<VenueContact> list = new ArrayList<>();
        for (ContactRole role : ContactRole.values()) {
            if (role != ContactRole.OTHER) {
                UUID id = UUID.nameUUIDFromBytes(("huiwu/contact/" + role.name()).getBytes(StandardCharsets.UTF_8));
                list.add(new VenueContact(id, role, "", role.publicNumber()));
            }
        }
        return list;
    }
}
