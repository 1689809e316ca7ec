package org.huiwu.logic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.i18n.I18n;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff rules on real H2: a pledge's standing on a day, a 涉密 meeting refusing people without a
 * valid pledge (missing or expired, with a message naming them), a person on a meeting once, the form's
 * versions and score limits, and the monthly summary per person and team.
 */
@Tag("dao")
class StaffRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dataDir;

    private Database database;
    private StaffDesk desk;
    private MeetingDao meetings;

    @BeforeEach
    void open() {
        database = TestStores.fresh(dataDir);
        desk = StaffDesk.create(database.dao(StaffDao.class), database.dao(StaffingDao.class),
                database.dao(AssessmentDao.class), CLOCK, UUID::randomUUID);
        meetings = database.dao(MeetingDao.class);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StaffMember person(String name) {
        return desk.roster().save(desk.roster().draft(name));
    }

    private Meeting meeting(Confidentiality level) {
        Meeting m = Fixtures.meeting("专题会议", TODAY);
        Meeting withLevel = new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(), level,
                m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(), m.contactPhone(), m.notes(), m.agenda());
        meetings.save(withLevel, CLOCK.instant());
        return withLevel;
    }

    @Test
    void aPledgeHoldsFromItsSigningDayToItsLastDayInclusive() {
        StaffMember liu = person("刘芳");
        assertThat(StaffRoster.status(desk.roster().pledgesOf(liu.id()), TODAY)).isEqualTo(PledgeStatus.MISSING);
        desk.roster().recordPledge(liu.id(), TODAY.minusYears(1), TODAY, "", "吕佳");
        var pledges = desk.roster().pledgesOf(liu.id());
        assertThat(StaffRoster.status(pledges, TODAY)).isEqualTo(PledgeStatus.VALID);
        assertThat(StaffRoster.status(pledges, TODAY.plusDays(1))).isEqualTo(PledgeStatus.EXPIRED);
        assertThatThrownBy(() -> desk.roster().recordPledge(liu.id(), TODAY, TODAY.minusDays(1), "", ""))
                .isInstanceOfSatisfying(StaffRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffProblem.PLEDGE_DATES));
    }

    @Test
    void aClassifiedMeetingRefusesAMissingOrExpiredPledgeAndTakesAValidOne() {
        Meeting classified = meeting(Confidentiality.CLASSIFIED);
        StaffMember none = person("赵敏");
        StaffMember expired = person("王丽");
        StaffMember valid = person("刘芳");
        desk.roster().recordPledge(expired.id(), TODAY.minusYears(1), TODAY.minusMonths(2), "", "");
        desk.roster().recordPledge(valid.id(), TODAY.minusMonths(1), TODAY.plusMonths(11), "", "");
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> desk.staffing().assign(classified, none.id(), null, "", "吕佳"))
                .isInstanceOfSatisfying(StaffRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StaffProblem.PLEDGE_MISSING);
                    assertThat(MeetingStaffing.message(e, zh)).contains("赵敏").contains("涉密").contains("未签保密承诺书");
                });
        assertThatThrownBy(() -> desk.staffing().assign(classified, expired.id(), null, "", "吕佳"))
                .isInstanceOfSatisfying(StaffRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StaffProblem.PLEDGE_EXPIRED);
                    assertThat(MeetingStaffing.message(e, new I18n(Locale.ENGLISH)))
                            .contains("王丽").contains("expired on 7 Oct 2026");
                });
        desk.staffing().assign(classified, valid.id(), desk.roster().posts().get(3).id(), "主席台组", "吕佳");
        assertThat(desk.staffing().of(classified.id())).singleElement()
                .satisfies(s -> assertThat(s.postZh()).isEqualTo("茶水服务"));
        assertThat(desk.staffing().names(classified.id())).containsExactly("刘芳");
    }

    @Test
    void anOrdinaryMeetingTakesAnyoneButEachPersonOnce() {
        Meeting ordinary = meeting(Confidentiality.INTERNAL);
        StaffMember none = person("赵敏");
        desk.staffing().assign(ordinary, none.id(), null, "签到台", "吕佳");
        assertThatThrownBy(() -> desk.staffing().assign(ordinary, none.id(), null, "", "吕佳"))
                .isInstanceOfSatisfying(StaffRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffProblem.ALREADY_STAFFED));
        assertThat(desk.staffing().meetingsOf(none.id())).hasSize(1);
    }

    @Test
    void aSavedFormIsANewVersionAndScoresMustFitTheirItems() {
        var first = desk.assessments().template();
        var second = desk.assessments().saveTemplate(List.of(new AssessmentItem("服务态度", "Attitude", 60),
                new AssessmentItem("服务技能", "Skills", 40)), "吕佳");
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThatThrownBy(() -> desk.assessments().saveTemplate(List.of(new AssessmentItem("x", "", 0)), ""))
                .isInstanceOfSatisfying(StaffRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffProblem.MAX_SCORE));
        StaffMember liu = person("刘芳");
        assertThatThrownBy(() -> desk.assessments().record(liu, TODAY, null, second, List.of(61, 40), "吕佳", ""))
                .isInstanceOfSatisfying(StaffRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffProblem.SCORE_OUT_OF_RANGE));
        assertThatThrownBy(() -> desk.assessments().record(liu, TODAY, null, second, List.of(60), "吕佳", ""))
                .isInstanceOfSatisfying(StaffRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(StaffProblem.SCORES_INCOMPLETE));
        var made = desk.assessments().record(liu, TODAY, null, first, List.of(20, 20, 20, 20, 10), "吕佳", "");
        assertThat(made.templateVersion()).isEqualTo(first.version());
        assertThat(desk.assessments().ofPerson(liu.id())).containsExactly(made);
    }

    @Test
    void theMonthlySummaryAveragesPercentagesPerPersonAndForTheTeam() {
        StaffMember liu = person("刘芳");
        StaffMember wang = person("王丽");
        var form = desk.assessments().template();
        desk.assessments().record(liu, TODAY.minusDays(1), null, form, List.of(20, 20, 20, 20, 20), "吕佳", "");
        desk.assessments().record(liu, TODAY, null, form, List.of(20, 20, 20, 20, 10), "吕佳", "");
        desk.assessments().record(wang, TODAY, null, form, List.of(16, 16, 16, 16, 16), "吕佳", "");
        desk.assessments().record(wang, TODAY.minusMonths(1), null, form, List.of(0, 0, 0, 0, 0), "吕佳", "");
        MonthlySummary month = desk.assessments().summary(YearMonth.from(TODAY));
        assertThat(month.people()).extracting(MonthlySummary.PersonRow::name).containsExactly("刘芳", "王丽");
        assertThat(month.people().get(0).assessments()).isEqualTo(2);
        assertThat(month.people().get(0).averagePercent()).isEqualTo(95.0);
        assertThat(month.people().get(1).averagePercent()).isEqualTo(80.0);
        assertThat(month.team().assessments()).isEqualTo(3);
        assertThat(month.team().averagePercent()).isCloseTo(90.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(month.teamByDay()).containsEntry(TODAY.minusDays(1), 100.0).containsEntry(TODAY, 85.0);
    }
}
