package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.Staffing;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.junit.jupiter.api.Test;

/**
 * A meeting's staffing (会务组) changed during a venue-server outage (decision 0043), on real H2 with a simulated
 * cut ({@link H2Outage}). Before 0043 each change failed with the storage message ({@code StaffingDao.insert},
 * {@code update} and {@code delete} were not queued). Now: a person put on the meeting, a line's zone changed and a
 * person taken off show at once on the staffing tab and are sent once in order; a zone the other laptop changed
 * too keeps theirs, counted; a person the other laptop put on the meeting meanwhile is not staffed twice, counted.
 */
class StaffingOutageTest extends OutageCase {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @Test
    void staffingChangesShowAtOnceAndArriveOnceMergedWithTheOtherLaptops() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = StaffDesk.create(store.dao(StaffDao.class), store.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            StaffDesk desk = StaffDesk.create(outage.dao(StaffDao.class), outage.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting meeting = catalog.save(Fixtures.meeting("人员安排断网的会议", DAY));
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            StaffMember wang = server.roster().save(server.roster().draft("王强"));
            StaffMember zhao = server.roster().save(server.roster().draft("赵敏"));
            StaffMember sun = server.roster().save(server.roster().draft("孙立"));
            Staffing liuLine = server.staffing().assign(meeting, liu.id(), null, "会场组", "吕佳");
            Staffing wangLine = server.staffing().assign(meeting, wang.id(), null, "签到台", "吕佳");
            Staffing zhaoLine = server.staffing().assign(meeting, zhao.id(), null, "茶水组", "吕佳");
            assertThat(desk.staffing().of(meeting.id())).hasSize(3);
            desk.roster().members();

            outage.cut();
            Staffing sunLine = desk.staffing().assign(meeting, sun.id(), null, "贵宾室", "吕佳");
            desk.staffing().changeZone(liuLine, "主席台");
            desk.staffing().changeZone(wangLine, "东门");
            desk.staffing().remove(zhaoLine.id());
            assertThat(desk.staffing().of(meeting.id())).as("shown at once")
                    .extracting(Staffing::staffName, Staffing::zone).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("刘芳", "主席台"),
                            org.assertj.core.groups.Tuple.tuple("王强", "东门"),
                            org.assertj.core.groups.Tuple.tuple("孙立", "贵宾室"));
            assertThat(outage.outbox().size()).isEqualTo(4);

            server.staffing().changeZone(wangLine, "西门");
            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            assertThat(server.staffing().of(meeting.id())).as("sent once, in order; the zone both changed theirs")
                    .extracting(Staffing::id, Staffing::zone).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(liuLine.id(), "主席台"),
                            org.assertj.core.groups.Tuple.tuple(wangLine.id(), "西门"),
                            org.assertj.core.groups.Tuple.tuple(sunLine.id(), "贵宾室"));
            assertThat(outage.keptElsewhere()).isEqualTo(1);
            assertThat(outage.send()).isZero();
        }
    }

    @Test
    void aPersonTheOtherLaptopStaffedMeanwhileIsNotStaffedTwice() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = StaffDesk.create(store.dao(StaffDao.class), store.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            StaffDesk desk = StaffDesk.create(outage.dao(StaffDao.class), outage.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting meeting = catalog.save(Fixtures.meeting("两台电脑都安排的会议", DAY));
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            assertThat(desk.staffing().of(meeting.id())).isEmpty();
            desk.roster().members();

            outage.cut();
            desk.staffing().assign(meeting, liu.id(), null, "会场组", "本机");
            server.staffing().assign(meeting, liu.id(), null, "签到台", "他处");
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(server.staffing().of(meeting.id())).singleElement().extracting(Staffing::zone)
                    .isEqualTo("签到台");
            assertThat(outage.keptElsewhere()).isEqualTo(1);
        }
    }

    @Test
    void assigningToAClassifiedMeetingSomeoneWhosePledgesWereNeverReadNeedsTheServer() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = StaffDesk.create(store.dao(StaffDao.class), store.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            StaffDesk desk = StaffDesk.create(outage.dao(StaffDao.class), outage.dao(StaffingDao.class),
                    store.dao(AssessmentDao.class), clock, UUID::randomUUID);
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            @SuppressWarnings("unchecked")
            Meeting meeting = catalog.save(((FieldMerge.Field<Meeting>) org.huiwu.logic.meetings.MeetingMerge.FIELDS
                    .get(8)).with().apply(Fixtures.meeting("涉密会议", DAY), org.huiwu.model.Confidentiality.CLASSIFIED));
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            desk.staffing().of(meeting.id());
            desk.roster().members();

            outage.cut();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> desk.staffing().assign(meeting, liu.id(), null,
                    "会场组", "吕佳")).as("refused as needing the server, not a storage error")
                    .isInstanceOf(org.huiwu.logic.staff.PledgesUnknownException.class);
            assertThat(outage.outbox().size()).isZero();
        }
    }
}
