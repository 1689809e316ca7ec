package org.huiwu.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Procedure;
import org.huiwu.model.incidents.ProcedureStep;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores handling procedures as versions: a saved version is never changed, an edit inserts the next
 * version with its steps in one transaction. Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(ProcedureDao.VersionRow.class)
@RegisterConstructorMapper(ProcedureStep.class)
public interface ProcedureDao extends SqlObject {

    /**
     * Whether this login may change the procedures: always on the laptop's H2 file; on a venue server as the
     * server's grants say (only supervisors may, decision 0030).
     */
    default boolean mayChange() {
        return TableGrants.mayInsert(getHandle(), "procedure_version");
    }

    /** One {@code procedure_version} row. */
    record VersionRow(UUID procedureId, int version, IncidentType incidentType, String relatedGuide, Instant savedAt,
            String savedBy) {
    }

    @SqlQuery("SELECT * FROM procedure_version WHERE procedure_id = :id AND version = :version")
    Optional<VersionRow> versionRow(@Bind("id") UUID id, @Bind("version") int version);

    @SqlQuery("""
            SELECT * FROM procedure_version p WHERE version =
                (SELECT MAX(version) FROM procedure_version q WHERE q.procedure_id = p.procedure_id)
            ORDER BY incident_type
            """)
    List<VersionRow> latestRows();

    @SqlQuery("SELECT * FROM procedure_version WHERE incident_type = :type ORDER BY saved_at, version")
    List<VersionRow> rowsOfType(@Bind("type") IncidentType type);

    @SqlQuery("""
            SELECT number, text_zh AS zh, text_en AS en, notify_role FROM procedure_step
            WHERE procedure_id = :id AND version = :version ORDER BY number
            """)
    List<ProcedureStep> steps(@Bind("id") UUID id, @Bind("version") int version);

    @SqlQuery("SELECT COUNT(*) FROM procedure_version")
    int count();

    @SqlUpdate("""
            INSERT INTO procedure_version (procedure_id, version, incident_type, related_guide, saved_at, saved_by)
            VALUES (:id, :version, :type, :guide, :savedAt, :savedBy)
            """)
    void insertVersion(@Bind("id") UUID id, @Bind("version") int version, @Bind("type") IncidentType type,
            @Bind("guide") String relatedGuide, @Bind("savedAt") Instant savedAt, @Bind("savedBy") String savedBy);

    @SqlBatch("""
            INSERT INTO procedure_step (procedure_id, version, number, text_zh, text_en, notify_role)
            VALUES (:id, :version, :number, :zh, :en, :notify)
            """)
    void insertSteps(@Bind("id") UUID id, @Bind("version") int version, @Bind("number") List<Integer> numbers,
            @Bind("zh") List<String> zh, @Bind("en") List<String> en, @Bind("notify") List<ContactRole> notify);

    /** The given version of a procedure with its steps. */
    @Transaction
    default Optional<Procedure> find(UUID id, int version) {
        return versionRow(id, version).map(row -> toProcedure(row, steps(id, version)));
    }

    /** The newest version of every stored procedure. */
    @Transaction
    default List<Procedure> latest() {
        return latestRows().stream().map(row -> toProcedure(row, steps(row.procedureId(), row.version()))).toList();
    }

    /** Every stored version of the procedures of a type, oldest first. */
    @Transaction
    default List<Procedure> history(IncidentType type) {
        return rowsOfType(type).stream().map(row -> toProcedure(row, steps(row.procedureId(), row.version())))
                .toList();
    }

    /** Inserts procedure versions with their steps, all in one transaction. */
    @Transaction
    default void insertAll(List<Procedure> procedures) {
        for (Procedure p : procedures) {
            insertVersion(p.id(), p.version(), p.type(), p.relatedGuideId(), p.savedAt(), p.savedBy());
            List<ProcedureStep> steps = p.steps();
            if (!steps.isEmpty()) {
                insertSteps(p.id(), p.version(), steps.stream().map(ProcedureStep::number).toList(),
                        steps.stream().map(ProcedureStep::zh).toList(), steps.stream().map(ProcedureStep::en).toList(),
                        steps.stream().map(ProcedureStep::notifyRole).toList());
            }
        }
    }

    private static Procedure toProcedure(VersionRow row, List<ProcedureStep> steps) {
        return new Procedure(row.procedureId(), row.incidentType(), row.version(), row.relatedGuide(), steps,
                row.savedAt(), row.savedBy());
    }
}
