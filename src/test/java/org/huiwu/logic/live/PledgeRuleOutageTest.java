package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.staff.ClassifiedStaffCheck;
import org.huiwu.logic.staff.PledgesUnknownException;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.junit.jupiter.api.Test;

/**
 * The pledge rule of 涉密 during a venue-server outage (decision 0040), on real H2 with a simulated cut
 * ({@link H2Outage}). Before 0040 the rule read the staffing and pledges from the server, so making a meeting 涉密
 * during a cut failed with the storage message. Now the rule answers from what this laptop last read and the save
 * queues; when the laptop never read them the save is refused saying it needs the server, in the user's language,
 * and nothing is queued; sent, the rule is checked again against the server and an edit it refuses then is kept out
 * and counted.
 */
class PledgeRuleOutageTest extends OutageCase {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final int CONFIDENTIALITY = 8;

    @Test
    void makingAMeetingClassifiedDuringACutAnswersFromWhatWasReadAndIsCheckedAgainWhenSent() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = StaffDesk.create(store.dao(StaffDao.class), store.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            StaffDesk desk = StaffDesk.create(outage.dao(StaffDao.class), outage.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID,
                    new ClassifiedStaffCheck(desk.staffing()));
            Meeting read = catalog.save(Fixtures.meeting("读过人员安排的会议", DAY));
            Meeting unread = catalog.save(Fixtures.meeting("没读过人员安排的会议", DAY));
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            server.roster().recordPledge(liu.id(), DAY.minusMonths(1), DAY.plusYears(1), "", "吕佳");
            server.staffing().assign(read, liu.id(), null, "会场组", "吕佳");
            server.staffing().assign(unread, liu.id(), null, "会场组", "吕佳");
            assertThat(desk.staffing().of(read.id())).as("the staffing tab read this meeting's staff").hasSize(1);
            assertThat(desk.roster().pledges()).as("and the roster everyone's pledges").isNotEmpty();
            MeetingEdit seen = catalog.edit(read.id()).orElseThrow();
            catalog.list();

            outage.cut();
            Meeting classified = withLevel(read, Confidentiality.CLASSIFIED);
            catalog.saveOver(seen.meeting(), classified, seen.version());
            assertThat(catalog.find(read.id()).orElseThrow().confidentiality()).as("queued and shown at once")
                    .isEqualTo(Confidentiality.CLASSIFIED);
            assertThat(outage.outbox().size()).isEqualTo(1);

            assertThatThrownBy(() -> catalog.save(withLevel(unread, Confidentiality.CLASSIFIED)))
                    .as("never read here: refused as needing the server, not a storage error")
                    .isInstanceOfSatisfying(PledgesUnknownException.class, refused -> {
                        assertThat(new FailureMessages(new I18n(Locale.SIMPLIFIED_CHINESE), f -> Optional.empty())
                                .describe(refused)).startsWith("暂时无法核对保密承诺").contains("连接恢复后");
                        assertThat(new FailureMessages(new I18n(Locale.ENGLISH), f -> Optional.empty())
                                .describe(refused)).contains("venue server cannot be reached");
                    });
            assertThat(outage.outbox().size()).as("nothing queued for it").isEqualTo(1);

            StaffMember zhao = server.roster().save(server.roster().draft("赵敏"));
            server.staffing().assign(read, zhao.id(), null, "签到台", "吕佳");
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(store.dao(MeetingDao.class).find(read.id()).orElseThrow().confidentiality())
                    .as("checked again when sent: someone without a pledge is staffed now, so it is kept out")
                    .isEqualTo(read.confidentiality());
            assertThat(outage.keptElsewhere()).as("and counted").isEqualTo(1);
        }
    }

    @SuppressWarnings("unchecked")
    private static Meeting withLevel(Meeting meeting, Confidentiality level) {
        return ((FieldMerge.Field<Meeting>) org.huiwu.logic.meetings.MeetingMerge.FIELDS.get(CONFIDENTIALITY)).with()
                .apply(meeting, level);
    }
}
