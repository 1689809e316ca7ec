package org.huiwu.persistence;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.VenueContact;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Stores the venue's contact list in its order; a save replaces the list in one transaction. Thread-safe. */
@RegisterConstructorMapper(VenueContact.class)
public interface VenueContactDao {

    @SqlQuery("SELECT id, role, name, phone FROM venue_contact ORDER BY position")
    List<VenueContact> list();

    @SqlUpdate("DELETE FROM venue_contact")
    void deleteAll();

    @SqlBatch("INSERT INTO venue_contact (id, position, role, name, phone) VALUES (:id, :position, :role, :name, :phone)")
    void insert(@Bind("id") List<UUID> ids, @Bind("position") List<Integer> positions,
            @Bind("role") List<ContactRole> roles, @Bind("name") List<String> names, @Bind("phone") List<String> phones);

    /** Replaces the whole list. */
    @Transaction
    default void replaceAll(List<VenueContact> contacts) {
        deleteAll();
        if (!contacts.isEmpty()) {
            insert(contacts.stream().map(VenueContact::id).toList(),
                    IntStream.range(0, contacts.size()).boxed().toList(),
                    contacts.stream().map(VenueContact::role).toList(), contacts.stream().map(VenueContact::name).toList(),
                    contacts.stream().map(VenueContact::phone).toList());
        }
    }
}
