package org.huiwu.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.huiwu.model.guide.GuideTexts;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;
import org.huiwu.model.guide.StepTexts;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores guide texts as versions, like {@link ProcedureDao}: a saved version is never changed; a
 * correction inserts the next version with all its steps in one transaction. Lists are stored as lines.
 * Thread-safe when attached on demand.
 */
@RegisterConstructorMapper(GuideTextDao.VersionRow.class)
@RegisterConstructorMapper(GuideTextDao.StepRow.class)
public interface GuideTextDao {

    /** One {@code guide_text_version} row. */
    record VersionRow(String guideId, int version, String titleZh, String titleEn, String purposeZh,
            String purposeEn, Instant savedAt, String savedBy) {
    }

    /** One {@code guide_step_text} row. */
    record StepRow(int number, String captionZh, String captionEn, String keyPointsZh, String keyPointsEn,
            String mistakesZh, String mistakesEn) {

        StepTexts toStep() {
            return new StepTexts(number, new LocalizedText(captionZh, captionEn),
                    new LocalizedList(lines(keyPointsZh), lines(keyPointsEn)),
                    new LocalizedList(lines(mistakesZh), lines(mistakesEn)));
        }
    }

    @SqlQuery("""
            SELECT * FROM guide_text_version g WHERE version =
                (SELECT MAX(version) FROM guide_text_version h WHERE h.guide_id = g.guide_id)
            ORDER BY guide_id
            """)
    List<VersionRow> latestRows();

    @SqlQuery("SELECT * FROM guide_text_version WHERE guide_id = :id ORDER BY version")
    List<VersionRow> rowsOf(@Bind("id") String guideId);

    @SqlQuery("SELECT * FROM guide_step_text WHERE guide_id = :id AND version = :version ORDER BY number")
    List<StepRow> steps(@Bind("id") String guideId, @Bind("version") int version);

    @SqlUpdate("""
            INSERT INTO guide_text_version (guide_id, version, title_zh, title_en, purpose_zh, purpose_en, saved_at,
                saved_by)
            VALUES (:id, :version, :titleZh, :titleEn, :purposeZh, :purposeEn, :savedAt, :savedBy)
            """)
    void insertVersion(@Bind("id") String guideId, @Bind("version") int version, @Bind("titleZh") String titleZh,
            @Bind("titleEn") String titleEn, @Bind("purposeZh") String purposeZh, @Bind("purposeEn") String purposeEn,
            @Bind("savedAt") Instant savedAt, @Bind("savedBy") String savedBy);

    @SqlBatch("""
            INSERT INTO guide_step_text (guide_id, version, number, caption_zh, caption_en, key_points_zh,
                key_points_en, mistakes_zh, mistakes_en)
            VALUES (:id, :version, :number, :captionZh, :captionEn, :keyZh, :keyEn, :mistakesZh, :mistakesEn)
            """)
    void insertSteps(@Bind("id") String guideId, @Bind("version") int version,
            @Bind("number") List<Integer> numbers, @Bind("captionZh") List<String> captionZh,
            @Bind("captionEn") List<String> captionEn, @Bind("keyZh") List<String> keyZh,
            @Bind("keyEn") List<String> keyEn, @Bind("mistakesZh") List<String> mistakesZh,
            @Bind("mistakesEn") List<String> mistakesEn);

    /** The newest stored version of every guide that has one. */
    @Transaction
    default List<GuideTexts> latest() {
        return latestRows().stream().map(this::toTexts).toList();
    }

    /** Every stored version of one guide, oldest first; empty while its shipped text was never corrected. */
    @Transaction
    default List<GuideTexts> history(String guideId) {
        return rowsOf(guideId).stream().map(this::toTexts).toList();
    }

    /** The newest stored version of one guide. */
    @Transaction
    default Optional<GuideTexts> latest(String guideId) {
        List<VersionRow> rows = rowsOf(guideId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(toTexts(rows.get(rows.size() - 1)));
    }

    /** Inserts versions with their steps, all in one transaction. */
    @Transaction
    default void insertAll(List<GuideTexts> versions) {
        for (GuideTexts t : versions) {
            insertVersion(t.guideId(), t.version(), t.title().zh(), t.title().en(), t.purpose().zh(),
                    t.purpose().en(), t.savedAt(), t.savedBy());
            List<StepTexts> steps = t.steps();
            insertSteps(t.guideId(), t.version(), steps.stream().map(StepTexts::number).toList(),
                    steps.stream().map(s -> s.caption().zh()).toList(), steps.stream().map(s -> s.caption().en()).toList(),
                    steps.stream().map(s -> joined(s.keyPoints().zh())).toList(),
                    steps.stream().map(s -> joined(s.keyPoints().en())).toList(),
                    steps.stream().map(s -> joined(s.mistakes().zh())).toList(),
                    steps.stream().map(s -> joined(s.mistakes().en())).toList());
        }
    }

    private GuideTexts toTexts(VersionRow row) {
        return new GuideTexts(row.guideId(), row.version(), new LocalizedText(row.titleZh(), row.titleEn()),
                new LocalizedText(row.purposeZh(), row.purposeEn()),
                steps(row.guideId(), row.version()).stream().map(StepRow::toStep).toList(), row.savedAt(),
                row.savedBy());
    }

    private static String joined(List<String> lines) {
        return String.join("\n", lines);
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }
}
