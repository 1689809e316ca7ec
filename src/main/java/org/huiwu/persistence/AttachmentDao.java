package org.huiwu.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.incidents.Attachment;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Stores the records of files attached to incidents (the files live in the data folder). Thread-safe. */
@RegisterConstructorMapper(Attachment.class)
public interface AttachmentDao {

    @SqlUpdate("""
            INSERT INTO incident_attachment (id, incident_id, original_name, stored_path, size, media_type, sha256,
                added_at, added_by)
            VALUES (:a.id, :a.incidentId, :a.originalName, :a.storedPath, :a.size, :a.mediaType, :a.sha256,
                :a.addedAt, :a.addedBy)
            """)
    void insert(@BindMethods("a") Attachment attachment);

    @SqlQuery("SELECT * FROM incident_attachment WHERE incident_id = :id ORDER BY added_at, id")
    List<Attachment> ofIncident(@Bind("id") UUID incidentId);

    @SqlQuery("SELECT * FROM incident_attachment WHERE id = :id")
    Optional<Attachment> find(@Bind("id") UUID id);
}
