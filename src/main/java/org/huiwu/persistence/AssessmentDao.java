package org.huiwu.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the assessment form as numbered versions (a save adds one) and the assessments, each with the
 * scores of the items it was made with, saved (a save of a stored id replaces it) and read whole in one
 * transaction. Thread-safe when
 * attached on demand.
 */
public interface AssessmentDao extends org.jdbi.v3.sqlobject.SqlObject {

    /** A stored assessment without its scores. */
    record AssessmentRow(UUID id, UUID staffId, String staffName, LocalDate assessedOn, UUID meetingId,
            int templateVersion, String assessor, String notes) {
    }

    /** One stored score. */
    record ScoreRow(UUID assessmentId, String labelZh, String labelEn, int maxScore, int score) {
    }

    @SqlQuery("SELECT MAX(version) FROM assessment_template")
    Optional<Integer> latestVersion();

    @SqlQuery("SELECT label_zh, label_en, max_score FROM assessment_template_item WHERE version = :v ORDER BY position")
    @RegisterConstructorMapper(AssessmentItem.class)
    List<AssessmentItem> items(@Bind("v") int version);

    @SqlUpdate("INSERT INTO assessment_template (version, created_at, created_by) VALUES (:v, :at, :by)")
    void insertVersion(@Bind("v") int version, @Bind("at") OffsetDateTime at, @Bind("by") String by);

    @SqlUpdate("""
            INSERT INTO assessment_template_item (version, position, label_zh, label_en, max_score)
            VALUES (:v, :position, :i.labelZh, :i.labelEn, :i.maxScore)
            """)
    void insertItem(@Bind("v") int version, @Bind("position") int position, @BindMethods("i") AssessmentItem item);

    /** The newest version of the form (every database has version 1 from the migration). */
    @Transaction
    default AssessmentTemplate current() {
        int version = latestVersion().orElse(1);
        return new AssessmentTemplate(version, items(version));
    }

    /** When a form version was stored: with its number, what names it across laptops (decision 0048). */
    @SqlQuery("SELECT created_at FROM assessment_template WHERE version = :v")
    Optional<java.time.Instant> versionAt(@Bind("v") int version);

    /**
     * Saves the items as the next version over version {@code seen} (stored at {@code seenAt}) as the form read it;
     * while the server answers it is {@link #saveVersion} as before. During an outage the offline DAOs queue it and it
     * is sent only over that same version (decision 0048).
     */
    default AssessmentTemplate saveVersionFrom(int seen, java.time.Instant seenAt, List<AssessmentItem> items,
            OffsetDateTime at, String by) {
        return saveVersion(items, at, by);
    }

    /**
     * Whether this login may change the form: always on H2, on a venue server as its grants say (only supervisors
     * may, decision 0030). A remembered read, so during an outage the laptop answers from its last connect (0048).
     */
    default boolean mayChange() {
        return TableGrants.mayInsert(getHandle(), "assessment_template_item");
    }

    /** Saves the items as the next version and returns it. */
    @Transaction
    default AssessmentTemplate saveVersion(List<AssessmentItem> items, OffsetDateTime at, String by) {
        int version = latestVersion().orElse(0) + 1;
        insertVersion(version, at, by);
        for (int i = 0; i < items.size(); i++) {
            insertItem(version, i + 1, items.get(i));
        }
        return new AssessmentTemplate(version, items);
    }

    @SqlUpdate("""
            INSERT INTO staff_assessment (id, staff_id, staff_name, assessed_on, meeting_id, template_version,
                assessor, notes, recorded_at)
            VALUES (:a.id, :a.staffId, :a.staffName, :a.day, :a.meetingId, :a.templateVersion, :a.assessor,
                :a.notes, :at)
            """)
    void insertRow(@BindMethods("a") Assessment assessment, @Bind("at") OffsetDateTime at);

    @SqlUpdate("""
            INSERT INTO staff_assessment_score (assessment_id, position, meeting_id, label_zh, label_en, max_score,
                score)
            VALUES (:id, :position, :meeting, :labelZh, :labelEn, :max, :score)
            """)
    void insertScore(@Bind("id") UUID id, @Bind("position") int position, @Bind("meeting") UUID meetingId,
            @Bind("labelZh") String labelZh, @Bind("labelEn") String labelEn, @Bind("max") int max,
            @Bind("score") int score);

    @SqlUpdate("DELETE FROM staff_assessment WHERE id = :id")
    int deleteRow(@Bind("id") UUID id);

    @SqlUpdate("DELETE FROM staff_assessment_score WHERE assessment_id = :id")
    int deleteScores(@Bind("id") UUID id);

    /** Saves the assessment with its scores, replacing the one with its id if stored (a corrected entry). */
    @Transaction
    default void save(Assessment assessment, OffsetDateTime at) {
        deleteScores(assessment.id());
        deleteRow(assessment.id());
        insertRow(assessment, at);
        for (int i = 0; i < assessment.scores().size(); i++) {
            Assessment.Score s = assessment.scores().get(i);
            insertScore(assessment.id(), i + 1, assessment.meetingId(), s.item().labelZh(), s.item().labelEn(),
                    s.item().maxScore(), s.score());
        }
    }

    /**
     * Saves {@code mine} over {@code seen}, the assessment with its id as this laptop showed it (null when new):
     * written as {@link #save} while the server answers; {@link OfflineDaos} queues it during an outage, and sent it
     * is stored unless another laptop changed or made that assessment meanwhile (decision 0044).
     */
    default void saveFrom(Assessment seen, Assessment mine, OffsetDateTime at) {
        save(mine, at);
    }

    @SqlQuery("""
            SELECT id, staff_id, staff_name, assessed_on, meeting_id, template_version, assessor, notes
            FROM staff_assessment WHERE assessed_on BETWEEN :from AND :to ORDER BY assessed_on, staff_name, recorded_at, id
            """)
    @RegisterConstructorMapper(AssessmentRow.class)
    List<AssessmentRow> rowsBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("""
            SELECT s.assessment_id, s.label_zh, s.label_en, s.max_score, s.score FROM staff_assessment_score s
            JOIN staff_assessment a ON a.id = s.assessment_id
            WHERE a.assessed_on BETWEEN :from AND :to ORDER BY s.assessment_id, s.position
            """)
    @RegisterConstructorMapper(ScoreRow.class)
    List<ScoreRow> scoresBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    /** The assessments of the days from {@code from} to {@code to} inclusive, by day then name, read whole. */
    @Transaction
    default List<Assessment> between(LocalDate from, LocalDate to) {
        Map<UUID, List<Assessment.Score>> scores = new LinkedHashMap<>();
        for (ScoreRow s : scoresBetween(from, to)) {
            scores.computeIfAbsent(s.assessmentId(), id -> new ArrayList<>())
                    .add(new Assessment.Score(new AssessmentItem(s.labelZh(), s.labelEn(), s.maxScore()), s.score()));
        }
        return rowsBetween(from, to).stream().map(r -> new Assessment(r.id(), r.staffId(), r.staffName(),
                r.assessedOn(), r.meetingId(), r.templateVersion(), scores.getOrDefault(r.id(), List.of()),
                r.assessor(), r.notes())).toList();
    }
}
