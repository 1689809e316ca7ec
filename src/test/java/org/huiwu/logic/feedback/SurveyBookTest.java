package org.huiwu.logic.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.model.feedback.SurveyTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey forms, their summary and the supervisor's template, on real H2 with the shipped defaults. */
@Tag("dao")
class SurveyBookTest {

    @TempDir
    Path dataDir;

    private FeedbackTestbed bed;
    private SurveyBook surveys;

    @BeforeEach
    void open() {
        bed = new FeedbackTestbed(dataDir);
        surveys = bed.desk.surveys();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private Map<UUID, Integer> allItems(int level) {
        Map<UUID, Integer> ratings = new HashMap<>();
        surveys.templateOf(bed.meetingId).items().forEach(item -> ratings.put(item.id(), level));
        return ratings;
    }

    @Test
    void theShippedTemplateIsThePracticeScaleInBothLanguages() {
        SurveyTemplate template = bed.desk.templates().current();

        assertThat(template.activeItems()).extracting(SurveyItem::labelZh)
                .containsExactly("会前沟通", "会场准备", "会场卫生", "服务态度", "音控保障");
        assertThat(template.activeItems()).extracting(SurveyItem::labelEn).doesNotContain("");
        assertThat(template.levels(RatingScale.ITEM)).extracting(ScaleLevel::labelZh).containsExactly("满意", "一般", "不满意");
        assertThat(template.levels(RatingScale.OVERALL)).extracting(ScaleLevel::labelZh)
                .containsExactly("很满意", "满意", "一般", "不满意");
        assertThat(template.levels(RatingScale.OVERALL)).filteredOn(ScaleLevel::satisfied)
                .extracting(ScaleLevel::labelZh).containsExactly("很满意", "满意");
    }

    @Test
    void theSummaryCountsEachRatingAndTheRateIsTheShareOfSatisfiedOverallRatings() {
        surveys.add(bed.meetingId, new SurveyEntry("市政府办公室", "张秘书", allItems(1), 1, "很好"), "吕佳");
        Map<UUID, Integer> mixed = allItems(2);
        mixed.remove(surveys.templateOf(bed.meetingId).items().get(4).id());
        surveys.add(bed.meetingId, new SurveyEntry("市财政局", "", mixed, 3, ""), "吕佳");
        surveys.add(bed.meetingId, new SurveyEntry("市教育局", "", allItems(1), 2, ""), "吕佳");
        surveys.add(bed.meetingId, new SurveyEntry("市民政局", "", Map.of(), null, "无总体评价"), "吕佳");

        SurveySummary summary = surveys.summary(bed.meetingId);

        assertThat(summary.forms()).isEqualTo(4);
        SurveySummary.ItemCounts first = summary.perItem().get(0);
        assertThat(first.counts()).containsExactly(Map.entry(1, 2), Map.entry(2, 1), Map.entry(3, 0));
        assertThat(first.blank()).isEqualTo(1);
        assertThat(summary.perItem().get(4).blank()).isEqualTo(2);
        assertThat(summary.overall()).containsExactly(Map.entry(1, 1), Map.entry(2, 1), Map.entry(3, 1), Map.entry(4, 0));
        assertThat(summary.overallAnswered()).isEqualTo(3);
        assertThat(summary.overallSatisfied()).isEqualTo(2);
        assertThat(summary.satisfactionRate()).hasValue(2.0 / 3);
        assertThat(summary.satisfiedLabels(false, "+")).isEqualTo("很满意+满意");
    }

    @Test
    void noOverallRatingMeansNoRateRatherThanZero() {
        assertThat(surveys.summary(bed.meetingId).satisfactionRate()).isEmpty();
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedAndNothingIsStored() {
        Map<UUID, Integer> ratings = allItems(1);
        ratings.put(ratings.keySet().iterator().next(), 4);

        assertThatThrownBy(() -> surveys.add(bed.meetingId, new SurveyEntry("市财政局", "", ratings, 1, ""), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.RATING_OUT_OF_SCALE));
        assertThatThrownBy(() -> surveys.add(bed.meetingId, new SurveyEntry("市财政局", "", Map.of(), 5, ""), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.RATING_OUT_OF_SCALE));
        assertThatThrownBy(() -> surveys.add(bed.meetingId,
                new SurveyEntry("市财政局", "", Map.of(UUID.randomUUID(), 1), 1, ""), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.RATING_OUT_OF_SCALE));
        assertThat(surveys.forms(bed.meetingId)).isEmpty();
    }

    @Test
    void aHugeCommentIsRefusedWithTheLimitAndAnEarlierFormStays() {
        surveys.add(bed.meetingId, new SurveyEntry("市政府办公室", "", allItems(1), 1, ""), "");
        String huge = "意".repeat(100_000);

        assertThatThrownBy(() -> surveys.add(bed.meetingId, new SurveyEntry("市财政局", "", allItems(1), 1, huge), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(FeedbackProblem.COMMENT_TOO_LONG);
                    assertThat(e.limit()).isEqualTo(FeedbackProblem.MAX_LONG_TEXT);
                });
        assertThat(surveys.forms(bed.meetingId)).hasSize(1);
    }

    @Test
    void aFormNeedsItsUnitAndSomeAnswer() {
        assertThatThrownBy(() -> surveys.add(bed.meetingId, new SurveyEntry(" ", "", allItems(1), 1, ""), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.UNIT_MISSING));
        assertThatThrownBy(() -> surveys.add(bed.meetingId, new SurveyEntry("市财政局", "", Map.of(), null, " "), ""))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.FORM_EMPTY));
    }

    @Test
    void aMeetingKeepsTheItemsItsFormsWereAnsweredWithWhenTheTemplateChanges() {
        surveys.add(bed.meetingId, new SurveyEntry("市政府办公室", "", allItems(1), 1, ""), "");
        SurveyTemplate template = bed.desk.templates().current();
        List<SurveyItem> edited = new java.util.ArrayList<>(template.items().stream()
                .map(i -> i.position() == 5 ? new SurveyItem(i.id(), 5, i.labelZh(), i.labelEn(), true)
                        : i.position() == 1 ? new SurveyItem(i.id(), 1, "会前联络", "Liaison", false) : i).toList());
        edited.add(bed.desk.templates().newItem(template, "茶水服务", "Tea service"));
        List<ScaleLevel> levels = template.levels().stream()
                .map(l -> l.scale() == RatingScale.ITEM && l.level() == 2 ? l.withLabels("基本满意", "Fairly satisfied") : l)
                .toList();
        bed.desk.templates().save(new SurveyTemplate(edited, levels));

        assertThat(surveys.templateOf(bed.meetingId).items()).extracting(SurveyItem::labelZh)
                .containsExactly("会前沟通", "会场准备", "会场卫生", "服务态度", "音控保障");
        assertThat(surveys.templateOf(bed.meetingId).level(RatingScale.ITEM, 2)).get()
                .extracting(ScaleLevel::labelZh).isEqualTo("一般");
        UUID later = bed.newMeeting();
        assertThat(surveys.templateOf(later).items()).extracting(SurveyItem::labelZh)
                .containsExactly("会前联络", "会场准备", "会场卫生", "服务态度", "茶水服务");
        assertThat(surveys.templateOf(later).level(RatingScale.ITEM, 2)).get()
                .extracting(ScaleLevel::labelZh).isEqualTo("基本满意");
    }

    @Test
    void theTemplateNeedsChineseLabelsAndOneActiveItem() {
        SurveyTemplate template = bed.desk.templates().current();
        List<SurveyItem> blank = template.items().stream()
                .map(i -> new SurveyItem(i.id(), i.position(), i.position() == 2 ? " " : i.labelZh(), i.labelEn(), false))
                .toList();
        assertThatThrownBy(() -> bed.desk.templates().save(new SurveyTemplate(blank, template.levels())))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.LABEL_MISSING));
        List<SurveyItem> retired = template.items().stream()
                .map(i -> new SurveyItem(i.id(), i.position(), i.labelZh(), i.labelEn(), true)).toList();
        assertThatThrownBy(() -> bed.desk.templates().save(new SurveyTemplate(retired, template.levels())))
                .isInstanceOfSatisfying(FeedbackRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.NO_ACTIVE_ITEM));
        assertThat(bed.desk.templates().current()).isEqualTo(template);
    }

    @Test
    void aFormEnteredByMistakeCanBeRemoved() {
        var form = surveys.add(bed.meetingId, new SurveyEntry("市政府办公室", "", allItems(1), 1, ""), "");

        surveys.remove(form.id());

        assertThat(surveys.forms(bed.meetingId)).isEmpty();
        assertThatThrownBy(() -> surveys.remove(form.id())).isInstanceOf(FeedbackRejectedException.class);
    }
}
