package org.huiwu.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.huiwu.model.training.TrainingSession;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores staff training sessions with the guides they covered and their trainees, each list in its
 * own child table in the order given. A session is saved or read whole, in one transaction.
 * Thread-safe when attached on demand.
 */
public interface TrainingDao {

    /** A stored session without its lists. */
    record SessionRow(UUID id, String trainer, LocalDate sessionDate, String notes) {
    }

    /** One entry of a session's guide or trainee list. */
    record EntryRow(UUID sessionId, String value) {
    }

    @SqlUpdate("""
            INSERT INTO training_session (id, trainer, session_date, notes, recorded_at)
            VALUES (:id, :trainer, :date, :notes, :recordedAt)
            """)
    void insertRow(@Bind("id") UUID id, @Bind("trainer") String trainer, @Bind("date") LocalDate date,
            @Bind("notes") String notes, @Bind("recordedAt") OffsetDateTime recordedAt);

    @SqlBatch("INSERT INTO training_session_guide (session_id, position, guide_id) VALUES (:id, :position, :value)")
    void insertGuides(@Bind("id") UUID id, @Bind("position") List<Integer> positions, @Bind("value") List<String> ids);

    @SqlBatch("INSERT INTO training_session_trainee (session_id, position, name) VALUES (:id, :position, :value)")
    void insertTrainees(@Bind("id") UUID id, @Bind("position") List<Integer> positions,
            @Bind("value") List<String> names);

    @SqlQuery("""
            SELECT id, trainer, session_date, notes FROM training_session
            WHERE session_date BETWEEN :from AND :to ORDER BY session_date, recorded_at, id
            """)
    @RegisterConstructorMapper(SessionRow.class)
    List<SessionRow> rowsBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("""
            SELECT g.session_id, g.guide_id AS "value" FROM training_session_guide g
            JOIN training_session s ON s.id = g.session_id
            WHERE s.session_date BETWEEN :from AND :to ORDER BY g.session_id, g.position
            """)
    @RegisterConstructorMapper(EntryRow.class)
    List<EntryRow> guidesBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("""
            SELECT t.session_id, t.name AS "value" FROM training_session_trainee t
            JOIN training_session s ON s.id = t.session_id
            WHERE s.session_date BETWEEN :from AND :to ORDER BY t.session_id, t.position
            """)
    @RegisterConstructorMapper(EntryRow.class)
    List<EntryRow> traineesBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** Saves a new session with its guides and trainees. */
    @Transaction
    default void save(TrainingSession session, Instant recordedAt) {
        insertRow(session.id(), session.trainer(), session.date(), session.notes(),
                recordedAt.atOffset(ZoneOffset.UTC));
        if (!session.guideIds().isEmpty()) {
            insertGuides(session.id(), positions(session.guideIds()), session.guideIds());
        }
        if (!session.trainees().isEmpty()) {
            insertTrainees(session.id(), positions(session.trainees()), session.trainees());
        }
    }

    /** The sessions held from {@code from} to {@code to}, both inclusive, oldest first, read whole. */
    @Transaction
    default List<TrainingSession> between(LocalDate from, LocalDate to) {
        Map<UUID, List<String>> guides = grouped(guidesBetween(from, to));
        Map<UUID, List<String>> trainees = grouped(traineesBetween(from, to));
        return rowsBetween(from, to).stream().map(row -> new TrainingSession(row.id(), row.trainer(),
                row.sessionDate(), guides.getOrDefault(row.id(), List.of()),
                trainees.getOrDefault(row.id(), List.of()), row.notes())).toList();
    }

    private static List<Integer> positions(List<String> values) {
        return IntStream.range(0, values.size()).boxed().toList();
    }

    private static Map<UUID, List<String>> grouped(List<EntryRow> rows) {
        Map<UUID, List<String>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.sessionId(), id -> new ArrayList<>()).add(row.value()));
        return grouped;
    }
}
