package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.Staffing;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staff roster's records and an assessment (decision 0044) in one cut of the network to the shared PostgreSQL (a
 * {@link LoopbackForwarder}, as {@link MixedOutageTest}), made through the app's own services: a person added, another
 * person's phone and post changed while the other laptop changed their grade, a pledge of the new person, the new
 * person staffed on the sample meeting and an assessment recorded. Shown at once; sent once and in the order made
 * (the person before their pledge and staffing, which the server's keys need); sending again stores nothing. Tagged
 * {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class StaffOutageTest {

    private static final String BY = "吕佳";

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void rosterRecordsAndAnAssessmentArriveOnceAndInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meetingId = context.sampleMeeting().ensure();
            Meeting meeting = context.meetings().list().stream().filter(m -> m.id().equals(meetingId)).findFirst()
                    .orElseThrow();
            StaffDesk desk = context.staff();
            StaffDesk other = StaffDesk.create(venue.dao(StaffDao.class), venue.dao(StaffingDao.class),
                    venue.dao(AssessmentDao.class), clock, UUID::randomUUID);
            StaffMember zhao = desk.roster().members().stream().filter(m -> m.name().equals("赵敏")).findFirst()
                    .orElseThrow();
            desk.roster().pledges();
            var posts = desk.roster().posts();
            desk.staffing().of(meetingId);
            AssessmentTemplate form = desk.assessments().template();
            desk.assessments().summary(YearMonth.from(meeting.date()));

            network.cut();
            StaffMember zhou = desk.roster().save(desk.roster().draft("周雨"));
            clock.advance(Duration.ofSeconds(2));
            StaffMember changed = new StaffMember(zhao.id(), zhao.name(), posts.get(0).id(), zhao.grade(),
                    "13900000009", zhao.startDate(), zhao.notes());
            desk.roster().save(changed);
            clock.advance(Duration.ofSeconds(2));
            desk.roster().recordPledge(zhou.id(), meeting.date().minusDays(1), meeting.date().plusYears(1), "", BY);
            clock.advance(Duration.ofSeconds(2));
            Staffing line = desk.staffing().assign(meeting, zhou.id(), null, "东门", BY);
            clock.advance(Duration.ofSeconds(2));
            Assessment assessed = desk.assessments().record(zhao, meeting.date(), meetingId, form,
                    form.items().stream().map(i -> i.maxScore()).toList(), BY, "断网时考核");

            assertThat(context.queuedRecords()).as("person, edit, pledge, staffing, assessment").isEqualTo(5);
            assertThat(desk.roster().members()).as("shown at once").extracting(StaffMember::name).contains("周雨");
            assertThat(desk.roster().member(zhao.id())).contains(changed);
            assertThat(desk.staffing().of(meetingId)).contains(line);
            assertThat(desk.assessments().find(zhao.id(), meeting.date(), meetingId)).contains(assessed);
            other.roster().save(new StaffMember(zhao.id(), zhao.name(), zhao.postId(), "中级", zhao.phone(),
                    zhao.startDate(), zhao.notes()));

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(5);
            assertThat(other.roster().members()).filteredOn(m -> m.name().equals("周雨")).hasSize(1);
            assertThat(other.roster().member(zhao.id())).as("merged with the other laptop's grade").contains(
                    new StaffMember(zhao.id(), zhao.name(), posts.get(0).id(), "中级", "13900000009",
                            zhao.startDate(), zhao.notes()));
            assertThat(other.roster().pledgesOf(zhou.id())).hasSize(1);
            assertThat(other.staffing().of(meetingId)).extracting(Staffing::id).containsOnlyOnce(line.id());
            assertThat(other.assessments().ofMonth(YearMonth.from(meeting.date())))
                    .filteredOn(a -> a.id().equals(assessed.id())).containsExactly(assessed);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(context.checkInsKeptElsewhere()).isZero();
        }
    }
}
