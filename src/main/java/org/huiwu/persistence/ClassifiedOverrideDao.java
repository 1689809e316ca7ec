package org.huiwu.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.privacy.ClassifiedOverride;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Stores the supervisors' overrides that let an unencrypted folder hold 涉密 meetings (venue-wide: it stays on
 * this laptop; rows are only added). Thread-safe when attached on demand.
 */
public interface ClassifiedOverrideDao {

    /** A stored row. */
    record Row(UUID id, String decidedBy, OffsetDateTime decidedAt, String reason) {
    }

    @SqlUpdate("""
            INSERT INTO classified_override (id, decided_by, decided_at, reason)
            VALUES (:id, :by, :at, :reason)
            """)
    void insertRow(@Bind("id") UUID id, @Bind("by") String by, @Bind("at") OffsetDateTime at,
            @Bind("reason") String reason);

    @SqlQuery("SELECT id, decided_by, decided_at, reason FROM classified_override ORDER BY decided_at, id")
    @RegisterConstructorMapper(Row.class)
    List<Row> rows();

    default void insert(ClassifiedOverride override) {
        insertRow(override.id(), override.decidedBy(), override.decidedAt().atOffset(ZoneOffset.UTC),
                override.reason());
    }

    /** Every override given, oldest first. */
    default List<ClassifiedOverride> all() {
        return rows().stream().map(r -> new ClassifiedOverride(r.id(), r.decidedBy(), r.decidedAt().toInstant(),
                r.reason())).toList();
    }
}
