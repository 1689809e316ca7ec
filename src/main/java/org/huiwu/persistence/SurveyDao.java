package org.huiwu.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyAnswer;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Stores the survey template (items and scale labels), each meeting's copy of it, and the meeting's
 * survey forms with their answers. Multi-row writes are one transaction. Thread-safe when attached on
 * demand.
 */
@RegisterConstructorMapper(SurveyItem.class)
@RegisterConstructorMapper(ScaleLevel.class)
@RegisterConstructorMapper(SurveyFormRow.class)
@RegisterConstructorMapper(SurveyAnswerRow.class)
public interface SurveyDao {

    @SqlQuery("SELECT id, position, label_zh, label_en, retired FROM survey_template_item ORDER BY position, id")
    List<SurveyItem> templateItems();

    @SqlQuery("SELECT scale, level, label_zh, label_en, satisfied FROM survey_template_level ORDER BY scale, level")
    List<ScaleLevel> templateLevels();

    @SqlUpdate("""
            MERGE INTO survey_template_item (id, position, label_zh, label_en, retired) KEY (id)
            VALUES (:i.id, :i.position, :i.labelZh, :i.labelEn, :i.retired)
            """)
    void saveTemplateItem(@BindMethods("i") SurveyItem item);

    @SqlUpdate("""
            MERGE INTO survey_template_level (scale, level, label_zh, label_en, satisfied) KEY (scale, level)
            VALUES (:l.scale, :l.level, :l.labelZh, :l.labelEn, :l.satisfied)
            """)
    void saveTemplateLevel(@BindMethods("l") ScaleLevel level);

    @SqlQuery("""
            SELECT item_id AS id, position, label_zh, label_en, FALSE AS retired
            FROM survey_meeting_item WHERE meeting_id = :meeting ORDER BY position, item_id
            """)
    List<SurveyItem> meetingItems(@Bind("meeting") UUID meetingId);

    @SqlQuery("""
            SELECT scale, level, label_zh, label_en, satisfied
            FROM survey_meeting_level WHERE meeting_id = :meeting ORDER BY scale, level
            """)
    List<ScaleLevel> meetingLevels(@Bind("meeting") UUID meetingId);

    @SqlUpdate("""
            INSERT INTO survey_meeting_item (meeting_id, item_id, position, label_zh, label_en)
            VALUES (:meeting, :i.id, :i.position, :i.labelZh, :i.labelEn)
            """)
    void insertMeetingItem(@Bind("meeting") UUID meetingId, @BindMethods("i") SurveyItem item);

    @SqlUpdate("""
            INSERT INTO survey_meeting_level (meeting_id, scale, level, label_zh, label_en, satisfied)
            VALUES (:meeting, :l.scale, :l.level, :l.labelZh, :l.labelEn, :l.satisfied)
            """)
    void insertMeetingLevel(@Bind("meeting") UUID meetingId, @BindMethods("l") ScaleLevel level);

    @SqlUpdate("""
            INSERT INTO survey_form (id, meeting_id, respondent_unit, respondent_name, overall_level, comments,
                entered_at, entered_by)
            VALUES (:f.id, :f.meetingId, :f.respondentUnit, :f.respondentName, :f.overallLevel, :f.comments,
                :f.enteredAt, :f.enteredBy)
            """)
    void insertFormRow(@BindMethods("f") SurveyForm form);

    @SqlUpdate("INSERT INTO survey_answer (form_id, item_id, meeting_id, level) VALUES (:form, :item, :meeting, :level)")
    void insertAnswer(@Bind("form") UUID formId, @Bind("item") UUID itemId, @Bind("meeting") UUID meetingId,
            @Bind("level") int level);

    @SqlUpdate("DELETE FROM survey_form WHERE id = :id")
    int deleteForm(@Bind("id") UUID formId);

    @SqlQuery("SELECT * FROM survey_form WHERE meeting_id = :meeting ORDER BY entered_at, id")
    List<SurveyFormRow> formRows(@Bind("meeting") UUID meetingId);

    @SqlQuery("SELECT form_id, item_id, level FROM survey_answer WHERE meeting_id = :meeting")
    List<SurveyAnswerRow> answerRows(@Bind("meeting") UUID meetingId);

    /** The supervisor's template as it stands. */
    default SurveyTemplate template() {
        return new SurveyTemplate(templateItems(), templateLevels());
    }

    /** Replaces the template's items and levels by id (items are retired, never deleted), in one transaction. */
    @Transaction
    default void saveTemplate(SurveyTemplate template) {
        template.items().forEach(this::saveTemplateItem);
        template.levels().forEach(this::saveTemplateLevel);
    }

    /** The copy of the template the meeting's forms were answered with, if a form was entered. */
    default Optional<SurveyTemplate> meetingTemplate(UUID meetingId) {
        List<ScaleLevel> levels = meetingLevels(meetingId);
        return levels.isEmpty() ? Optional.empty() : Optional.of(new SurveyTemplate(meetingItems(meetingId), levels));
    }

    /**
     * Writes a form with its answers, and first the meeting's copy of the template when {@code copy} is
     * given (its first form), all in one transaction.
     */
    @Transaction
    default void addForm(SurveyForm form, SurveyTemplate copy) {
        if (copy != null && meetingLevels(form.meetingId()).isEmpty()) {
            copy.activeItems().forEach(item -> insertMeetingItem(form.meetingId(), item));
            copy.levels().forEach(level -> insertMeetingLevel(form.meetingId(), level));
        }
        insertFormRow(form);
        for (SurveyAnswer answer : form.answers()) {
            insertAnswer(form.id(), answer.itemId(), form.meetingId(), answer.level());
        }
    }

    /** The meeting's forms with their answers, in the order they were entered. */
    @Transaction
    default List<SurveyForm> forms(UUID meetingId) {
        Map<UUID, List<SurveyAnswer>> answers = new LinkedHashMap<>();
        for (SurveyAnswerRow row : answerRows(meetingId)) {
            answers.computeIfAbsent(row.formId(), id -> new ArrayList<>()).add(new SurveyAnswer(row.itemId(), row.level()));
        }
        return formRows(meetingId).stream().map(row -> row.toForm(answers.getOrDefault(row.id(), List.of()))).toList();
    }
}
