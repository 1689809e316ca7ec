package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChange;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.ComplaintVersion;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.feedback.ScaleLevel;
import org.huiwu.model.feedback.SurveyAnswer;
import org.huiwu.model.feedback.SurveyForm;
import org.huiwu.model.feedback.SurveyItem;
import org.huiwu.model.feedback.SurveyTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SurveyDao} and {@link ComplaintDao} on a real H2 file database built by the migrations. */
@Tag("dao")
class FeedbackDaoTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:42:07.123456Z");

    @TempDir
    Path dataDir;

    private Database database;
    private SurveyDao surveys;
    private ComplaintDao complaints;
    private UUID meetingId;

    @BeforeEach
    void open() {
        database = TestStores.fresh(dataDir);
        surveys = database.dao(SurveyDao.class);
        complaints = database.dao(ComplaintDao.class);
        Meeting meeting = Fixtures.meeting("常务会议", LocalDate.of(2026, 11, 27));
        database.dao(MeetingDao.class).save(meeting, T0);
        meetingId = meeting.id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theMigrationSeedsFiveItemsAndTwoScales() {
        SurveyTemplate template = surveys.template();

        assertThat(template.items()).hasSize(5).allSatisfy(item -> assertThat(item.retired()).isFalse());
        assertThat(template.levels(RatingScale.ITEM)).hasSize(3);
        assertThat(template.levels(RatingScale.OVERALL)).hasSize(4);
    }

    @Test
    void aFormWithItsAnswersAndTheMeetingsCopyReadBackWithEveryValue() {
        SurveyTemplate template = surveys.template();
        SurveyItem first = template.items().get(0);
        SurveyForm form = new SurveyForm(UUID.randomUUID(), meetingId, "市政府办公室", "张秘书", 2, "意见", T0, "吕佳",
                List.of(new SurveyAnswer(first.id(), 3)));

        surveys.addForm(form, template);
        surveys.addForm(new SurveyForm(UUID.randomUUID(), meetingId, "市财政局", "", null, "", T0.plusSeconds(60), "",
                List.of()), template);

        assertThat(surveys.forms(meetingId)).hasSize(2).first().isEqualTo(form);
        assertThat(surveys.forms(meetingId).get(1).overallLevel()).isNull();
        assertThat(surveys.meetingTemplate(meetingId)).contains(template);
        assertThat(surveys.meetingItems(meetingId)).hasSize(5);
    }

    @Test
    void savingTheTemplateChangesLabelsAndRetiresWithoutDeleting() {
        SurveyTemplate template = surveys.template();
        SurveyItem retired = template.items().get(4);
        ScaleLevel renamed = template.levels(RatingScale.ITEM).get(1).withLabels("基本满意", "Fairly satisfied");

        surveys.saveTemplate(new SurveyTemplate(
                List.of(new SurveyItem(retired.id(), 5, retired.labelZh(), retired.labelEn(), true)), List.of(renamed)));

        SurveyTemplate saved = surveys.template();
        assertThat(saved.items()).hasSize(5);
        assertThat(saved.activeItems()).hasSize(4);
        assertThat(saved.level(RatingScale.ITEM, 2)).contains(renamed);
    }

    private Complaint complaint(UUID id) {
        return new Complaint(id, meetingId, T0, ComplaintChannel.ON_THE_SPOT, "市财政局", "陈处长", "0513-85001234",
                "会场环境", "空调太冷", ComplaintStatus.OPEN, "", "", "", "", null, "吕佳", 1);
    }

    @Test
    void aComplaintAndItsVersionsReadBackWithEveryValue() {
        Complaint recorded = complaint(UUID.randomUUID());
        complaints.create(new ComplaintVersion(recorded, T0, "吕佳", ComplaintChange.CREATED));
        Complaint closed = new Complaint(recorded.id(), meetingId, T0, ComplaintChannel.ON_THE_SPOT, "市财政局", "陈处长",
                "0513-85001234", "会场环境", "空调太冷", ComplaintStatus.CLOSED, "吕佳", "调高温度", "已调整", "满意",
                T0.plusSeconds(900), "吕佳", 2);
        complaints.change(new ComplaintVersion(closed, T0.plusSeconds(900), "周敏", ComplaintChange.STATUS_CHANGED));

        assertThat(complaints.find(recorded.id())).contains(closed);
        assertThat(complaints.history(recorded.id())).containsExactly(
                new ComplaintVersion(recorded, T0, "吕佳", ComplaintChange.CREATED),
                new ComplaintVersion(closed, T0.plusSeconds(900), "周敏", ComplaintChange.STATUS_CHANGED));
    }

    @Test
    void aChangeFromAnOutdatedVersionIsRefusedAndWritesNothing() {
        Complaint recorded = complaint(UUID.randomUUID());
        complaints.create(new ComplaintVersion(recorded, T0, "", ComplaintChange.CREATED));
        Complaint stale = recorded.atVersion(3);

        assertThatThrownBy(() -> complaints.change(new ComplaintVersion(stale, T0, "", ComplaintChange.EDITED)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(complaints.history(recorded.id())).hasSize(1);
    }
}
