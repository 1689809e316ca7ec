package org.huiwu.logic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.PledgeStatus;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pledge rule when a meeting becomes 涉密 after staffing, on real H2 through the meeting catalog: the
 * switch is refused naming each unpledged person and why (in Chinese and English) and nothing is written;
 * once they are taken off (or pledged) the switch goes through; a 涉密 meeting that arrived with such people
 * flags them and stays editable, but cannot move to a day their pledges do not cover.
 */
class ClassifiedStaffCheckTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dataDir;

    private Database database;
    private StaffDesk desk;
    private MeetingCatalog catalog;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        desk = StaffDesk.create(database.dao(StaffDao.class), database.dao(StaffingDao.class),
                database.dao(AssessmentDao.class), CLOCK, UUID::randomUUID);
        catalog = new MeetingCatalog(database.dao(MeetingDao.class), CLOCK, UUID::randomUUID,
                new ClassifiedStaffCheck(desk.staffing()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private StaffMember person(String name) {
        return desk.roster().save(desk.roster().draft(name));
    }

    private static Meeting withLevel(Meeting m, Confidentiality level, LocalDate day) {
        return new Meeting(m.id(), m.title(), m.category(), day, m.startTime(), m.plannedEndTime(), m.venue(),
                m.hostOrganisation(), m.organisingOrganisation(), level, m.foreignAffairs(), m.expectedAttendees(),
                m.contactPerson(), m.contactPhone(), m.notes(), m.agenda());
    }

    @Test
    void makingAStaffedMeetingClassifiedIsRefusedNamingEachUnpledgedPersonAndWhy() {
        Meeting open = catalog.save(withLevel(Fixtures.meeting("专题会议", TODAY), Confidentiality.INTERNAL, TODAY));
        StaffMember liu = person("刘芳");
        StaffMember wang = person("王丽");
        StaffMember zhao = person("赵敏");
        desk.roster().recordPledge(liu.id(), TODAY.minusMonths(1), TODAY.plusYears(1), "", "吕佳");
        desk.roster().recordPledge(wang.id(), TODAY.minusYears(1), TODAY.minusDays(7), "", "吕佳");
        var wangLine = desk.staffing().assign(open, wang.id(), null, "会场组", "吕佳");
        desk.staffing().assign(open, liu.id(), null, "主席台组", "吕佳");
        desk.staffing().assign(open, zhao.id(), null, "签到台", "吕佳");

        Meeting classified = withLevel(open, Confidentiality.CLASSIFIED, TODAY);
        assertThatThrownBy(() -> catalog.save(classified)).isInstanceOfSatisfying(UnpledgedStaffException.class,
                refused -> {
                    assertThat(refused.people()).extracting(Unpledged::name, Unpledged::status).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("王丽", PledgeStatus.EXPIRED),
                            org.assertj.core.groups.Tuple.tuple("赵敏", PledgeStatus.MISSING));
                    String zh = new FailureMessages(new I18n(Locale.SIMPLIFIED_CHINESE), f -> java.util.Optional.empty())
                            .describe(refused);
                    assertThat(zh).startsWith("不能设为涉密会议：").contains("王丽（保密承诺已于 2026-11-30 到期）、赵敏（未签保密承诺书）")
                            .doesNotContain("刘芳");
                    String en = new FailureMessages(new I18n(Locale.ENGLISH), f -> java.util.Optional.empty())
                            .describe(refused);
                    assertThat(en).contains("王丽 (pledge expired on 30 Nov 2026), 赵敏 (no pledge signed)");
                });
        assertThat(catalog.find(open.id()).orElseThrow().confidentiality()).isEqualTo(Confidentiality.INTERNAL);

        desk.staffing().remove(wangLine.id());
        desk.roster().recordPledge(zhao.id(), TODAY, TODAY.plusYears(1), "", "吕佳");
        catalog.save(classified);
        assertThat(catalog.find(open.id()).orElseThrow().confidentiality()).isEqualTo(Confidentiality.CLASSIFIED);
        assertThat(desk.staffing().flagged(classified)).isEmpty();
    }

    @Test
    void aClassifiedMeetingThatArrivedWithUnpledgedStaffFlagsThemAndStaysEditableOnItsDay() {
        Meeting open = catalog.save(withLevel(Fixtures.meeting("专题会议", TODAY), Confidentiality.INTERNAL, TODAY));
        StaffMember zhao = person("赵敏");
        desk.staffing().assign(open, zhao.id(), null, "签到台", "吕佳");
        Meeting arrived = withLevel(open, Confidentiality.CLASSIFIED, TODAY);
        database.dao(MeetingDao.class).save(arrived, CLOCK.instant());

        assertThat(desk.staffing().flagged(arrived)).extracting(Unpledged::name).containsExactly("赵敏");
        Meeting retitled = new Meeting(arrived.id(), "专题会议（改）", arrived.category(), arrived.date(),
                arrived.startTime(), arrived.plannedEndTime(), arrived.venue(), arrived.hostOrganisation(),
                arrived.organisingOrganisation(), arrived.confidentiality(), arrived.foreignAffairs(),
                arrived.expectedAttendees(), arrived.contactPerson(), arrived.contactPhone(), arrived.notes(),
                arrived.agenda());
        catalog.save(retitled);
        assertThat(catalog.find(open.id()).orElseThrow().title()).isEqualTo("专题会议（改）");

        desk.roster().recordPledge(zhao.id(), TODAY.minusDays(1), TODAY.plusDays(1), "", "吕佳");
        assertThat(desk.staffing().flagged(retitled)).isEmpty();
        assertThatThrownBy(() -> catalog.save(withLevel(retitled, Confidentiality.CLASSIFIED, TODAY.plusDays(3))))
                .isInstanceOf(UnpledgedStaffException.class);
        assertThat(desk.staffing().flagged(withLevel(retitled, Confidentiality.INTERNAL, TODAY.plusDays(3)))).isEmpty();
    }
}
