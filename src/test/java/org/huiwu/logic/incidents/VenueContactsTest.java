package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.VenueContact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link VenueContacts}: the default list until one is saved, then the saved list in its order. */
@Tag("dao")
class VenueContactsTest {

    @TempDir
    Path dataDir;

    private IncidentTestbed bed;

    @BeforeEach
    void open() {
        bed = new IncidentTestbed(dataDir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void untilSavedEveryRoleIsOfferedWithThePublicNumbers() {
        List<VenueContact> defaults = bed.desk.contacts().list();

        assertThat(defaults).extracting(VenueContact::role).contains(ContactRole.DUTY_MANAGER, ContactRole.ELECTRICIAN,
                ContactRole.SOUND_TECHNICIAN, ContactRole.SECURITY, ContactRole.ORGANISER, ContactRole.AMBULANCE_120);
        assertThat(bed.desk.contacts().forRole(ContactRole.FIRE_119)).extracting(VenueContact::phone)
                .containsExactly("119");
        assertThat(bed.desk.contacts().list()).isEqualTo(defaults);
    }

    @Test
    void aSavedListReplacesTheDefaultsAndKeepsItsOrder() {
        VenueContacts contacts = bed.desk.contacts();
        VenueContact manager = new VenueContact(contacts.blank(ContactRole.DUTY_MANAGER).id(), ContactRole.DUTY_MANAGER,
                "周经理", "13900000001");
        VenueContact police = contacts.blank(ContactRole.POLICE_110);

        contacts.save(List.of(police, manager));

        assertThat(contacts.list()).containsExactly(police, manager);
        contacts.save(List.of(manager));
        assertThat(contacts.list()).containsExactly(manager);
    }
}
