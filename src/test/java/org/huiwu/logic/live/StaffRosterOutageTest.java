package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.model.staff.Staffing;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.junit.jupiter.api.Test;

/**
 * The staff roster's own records during a venue-server outage (decision 0044), on real H2 with a simulated cut
 * ({@link H2Outage}). Before 0044 adding a person, editing their details or post and recording a pledge failed with the
 * storage message ({@code StaffDao.saveMember}, {@code savePosts} and {@code insertPledge} were not queued). Now: a
 * person made during the cut is listed at once (in the roster and where staff are picked), their page reads empty, a
 * pledge of theirs shows and lets them be staffed on a 涉密 meeting; sent once in order (the person before the pledge
 * and the staffing); an edit merged field by field, a field both laptops changed keeps the other's and is counted; the
 * venue's posts saved in the cut show at once and are merged post by post.
 */
class StaffRosterOutageTest extends OutageCase {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @Test
    void rosterRecordsShowAtOnceAndArriveOnceInOrderMergedWithTheOtherLaptops() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = serverDesk(store);
            StaffDesk desk = laptopDesk(outage);
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            @SuppressWarnings("unchecked")
            Meeting secret = catalog.save(((FieldMerge.Field<Meeting>) org.huiwu.logic.meetings.MeetingMerge.FIELDS
                    .get(8)).with().apply(Fixtures.meeting("涉密会议", DAY), Confidentiality.CLASSIFIED));
            List<StaffPost> posts = server.roster().savePosts(List.of(server.roster().newPost("会场组", "Hall"),
                    server.roster().newPost("签到台", "Desk")));
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            StaffMember wang = server.roster().save(server.roster().draft("王强"));
            desk.roster().members();
            desk.roster().pledges();
            desk.roster().posts();
            desk.staffing().of(secret.id());

            outage.cut();
            StaffMember zhou = desk.roster().save(desk.roster().draft("周雨"));
            desk.roster().save(new StaffMember(liu.id(), "刘芳", posts.get(1).id(), "", "13800000001", null, ""));
            desk.roster().save(new StaffMember(wang.id(), "王强", null, "高级", "", null, ""));
            Pledge pledge = desk.roster().recordPledge(zhou.id(), DAY.minusMonths(1), DAY.plusYears(1), "", "吕佳");
            assertThat(desk.roster().members()).as("shown at once, where staff are picked too")
                    .extracting(StaffMember::name, StaffMember::postId, StaffMember::phone, StaffMember::grade)
                    .containsExactlyInAnyOrder(tuple("刘芳", posts.get(1).id(), "13800000001", ""),
                            tuple("王强", null, "", "高级"), tuple("周雨", null, "", ""));
            assertThat(desk.roster().pledgesOf(zhou.id())).containsExactly(pledge);
            assertThat(desk.staffing().meetingsOf(zhou.id())).as("the new person's page").isEmpty();
            Staffing line = desk.staffing().assign(secret, zhou.id(), posts.get(0).id(), "主席台", "吕佳");
            assertThat(desk.staffing().of(secret.id())).containsExactly(line);
            assertThat(outage.outbox().size()).isEqualTo(5);

            server.roster().save(new StaffMember(wang.id(), "王强", null, "中级", "13900000002", null, ""));
            outage.restore();
            assertThat(outage.send()).isEqualTo(5);
            assertThat(server.roster().members()).as("sent once; a field only theirs kept, a clash theirs")
                    .extracting(StaffMember::name, StaffMember::postId, StaffMember::phone, StaffMember::grade)
                    .containsExactlyInAnyOrder(tuple("刘芳", posts.get(1).id(), "13800000001", ""),
                            tuple("王强", null, "13900000002", "中级"), tuple("周雨", null, "", ""));
            assertThat(server.roster().pledgesOf(zhou.id())).containsExactly(pledge);
            assertThat(server.staffing().of(secret.id())).as("staffed after the person and the pledge arrived")
                    .extracting(Staffing::staffId).containsExactly(zhou.id());
            assertThat(outage.keptElsewhere()).isEqualTo(1);
            assertThat(outage.send()).isZero();
        }
    }

    @Test
    void aPersonMadeAndEditedInTheCutIsStoredOnceAsLastEdited() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = serverDesk(store);
            StaffDesk desk = laptopDesk(outage);
            desk.roster().members();

            outage.cut();
            StaffMember zhou = desk.roster().save(desk.roster().draft("周雨"));
            desk.roster().save(new StaffMember(zhou.id(), "周雨", null, "初级", "13700000003", DAY, "新人"));
            assertThat(desk.roster().member(zhou.id())).hasValueSatisfying(m -> assertThat(m.notes()).isEqualTo("新人"));
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            assertThat(server.roster().members()).singleElement()
                    .isEqualTo(new StaffMember(zhou.id(), "周雨", null, "初级", "13700000003", DAY, "新人"));
            assertThat(outage.keptElsewhere()).isZero();
        }
    }
    @Test
    void thePostsSavedInTheCutShowAtOnceAndAreMergedPostByPostWhenSent() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = serverDesk(store);
            StaffDesk desk = laptopDesk(outage);
            List<StaffPost> read = server.roster().posts();
            assertThat(desk.roster().posts()).isEqualTo(read);

            outage.cut();
            StaffPost first = read.get(0);
            StaffPost second = read.get(1);
            StaffPost added = desk.roster().newPost("贵宾室", "VIP room");
            List<StaffPost> mine = new java.util.ArrayList<>(read);
            mine.set(0, new StaffPost(second.id(), second.nameZh(), second.nameEn(), "核对证件", "", false));
            mine.set(1, new StaffPost(first.id(), "会场服务组", first.nameEn(), first.dutiesZh(), first.dutiesEn(),
                    false));
            mine.add(added);
            List<StaffPost> saved = desk.roster().savePosts(mine);
            assertThat(saved).as("shown at once, in the order saved").isEqualTo(mine);
            assertThat(desk.roster().posts()).isEqualTo(mine);

            List<StaffPost> theirs = new java.util.ArrayList<>(read);
            theirs.set(0, new StaffPost(first.id(), "会场保障组", "Hall service", first.dutiesZh(), first.dutiesEn(),
                    false));
            server.roster().savePosts(theirs);
            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            List<StaffPost> expected = new java.util.ArrayList<>(mine);
            expected.set(1, theirs.get(0));
            assertThat(server.roster().posts()).as("in the order saved here; a name both changed keeps theirs")
                    .isEqualTo(expected);
            assertThat(outage.keptElsewhere()).isEqualTo(1);
            assertThat(outage.send()).isZero();
        }
    }

    @Test
    void aRecordThisLoginMayNotMakeIsKeptOutAndCountedWhenSent() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StaffDesk server = serverDesk(store);
            StaffDesk desk = laptopDesk(outage);
            StaffMember liu = server.roster().save(server.roster().draft("刘芳"));
            desk.roster().members();

            outage.cut();
            desk.roster().recordPledge(liu.id(), DAY, DAY.plusYears(1), "", "吕佳");
            outage.restore();
            OutboxSender refusing = new OutboxSender(outage.outbox(), tap -> { },
                    store.dao(org.huiwu.persistence.AttendeeDao.class),
                    store.dao(org.huiwu.persistence.MeetingChecklistDao.class),
                    store.dao(org.huiwu.persistence.IncidentDao.class), org.huiwu.persistence.OfflineDaos::unreachable,
                    java.util.Map.of(org.huiwu.model.live.QueuedRecord.KIND_STAFF_PLEDGE, body -> {
                        throw new org.huiwu.model.StorageUnavailableException(
                                org.huiwu.model.StorageProblem.SERVER_NOT_ALLOWED, null,
                                new java.sql.SQLException("permission denied", "42501"));
                    }));

            assertThat(refusing.send()).as("kept out, so it cannot block the queue").isEqualTo(1);
            assertThat(refusing.takeKeptElsewhere()).as("counted for the status line").isEqualTo(1);
            assertThat(server.roster().pledgesOf(liu.id())).isEmpty();
        }
    }
}
