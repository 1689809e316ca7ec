package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.feedback.SurveyEntry;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.Attendee;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.live.Change;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatBlock;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChangeFeedDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.SurveyDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds decision 0038 added to the outbox, mixed in one cut of the network to the shared PostgreSQL (a
 * {@link LoopbackForwarder}, as {@link OutboxOutageTest}): an attendee edit, a seat move, a procedure step tick, a
 * complaint, a survey form, a second attendee edit, a block added to the seat plan with a seat step on it
 * (decision 0041), a checklist item's text, a meeting's venue and the survey
 * template, made through the app's own services, show on the laptop at
 * once and reach the server once and in the order made (the change feed's order), and sending again stores nothing
 * twice; and (decision 0040) a meeting made during the cut with an item added to its new checklist. Tagged
 * {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class MixedOutageTest {

    private static final String BY = "张敏";

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void editsSeatMovesTicksComplaintsAndSurveysArriveOnceAndInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            List<Attendee> shown = context.roster().list(meeting);
            SeatPlan plan = context.seatPlans().find(meeting).orElseThrow();
            SeatAssignments read = context.seatPlans().assignments(plan.id());
            int layout = context.seatPlans().layoutVersion(plan.id());
            List<String> occupied = new ArrayList<>(read.occupantBySeat().keySet());
            Incident open = context.incidents().log().timeline(meeting, IncidentFilter.all()).stream()
                    .filter(i -> i.status() == IncidentStatus.OPEN && !i.voided()).findFirst().orElseThrow();
            int step = context.incidents().checklists().of(open.id()).lines().stream().filter(l -> !l.done())
                    .findFirst().orElseThrow().step().number();
            context.feedback().complaints().ofMeeting(meeting);
            var template = context.feedback().surveys().templateOf(meeting);
            context.feedback().surveys().forms(meeting);
            var item = context.checklists().open(meeting, BY).lines().get(0).item();
            var details = context.meetings().edit(meeting).orElseThrow();
            context.meetings().list();
            var surveyTemplate = context.feedback().templates().current();
            int formsBefore = venue.dao(SurveyDao.class).forms(meeting).size();
            long feedEnd = venue.dao(ChangeFeedDao.class).last();

            network.cut();
            Attendee first = shown.get(0);
            assertThat(context.roster().saveOver(first, first.withNotes("需要翻译")).saved()).isTrue();
            clock.advance(Duration.ofSeconds(2));
            Map<String, UUID> swapped = new LinkedHashMap<>(read.occupantBySeat());
            swapped.put(occupied.get(0), read.occupantOf(occupied.get(1)).orElseThrow());
            swapped.put(occupied.get(1), read.occupantOf(occupied.get(0)).orElseThrow());
            SeatAssignments moved = SeatAssignments.of(swapped, read.lockedSeats());
            assertThat(context.seatPlans().saveAssignmentsOver(plan.id(), read, moved).saved()).isTrue();
            clock.advance(Duration.ofSeconds(2));
            SeatBlock added = SeatBlock.audience(UUID.randomUUID(), "加座区", List.of(4), 0);
            List<SeatBlock> blocks = new ArrayList<>(plan.blocks());
            blocks.add(added);
            SeatPlan widened = plan.withBlocks(blocks);
            assertThat(context.seatPlans().saveLayout(widened, layout, moved).saved()).as("a block added").isTrue();
            String newSeat = context.seatPlans().seats(widened).stream().filter(s -> s.blockId().equals(added.id()))
                    .findFirst().orElseThrow().key();
            Map<String, UUID> reseated = new LinkedHashMap<>(moved.occupantBySeat());
            reseated.put(newSeat, reseated.remove(occupied.get(2)));
            SeatAssignments onNewBlock = SeatAssignments.of(reseated, moved.lockedSeats());
            assertThat(context.seatPlans().saveAssignmentsOver(plan.id(), moved, onNewBlock).saved())
                    .as("a step on the new block, after it").isTrue();
            clock.advance(Duration.ofSeconds(2));
            context.incidents().checklists().tick(open.id(), step, BY);
            clock.advance(Duration.ofSeconds(2));
            var complaint = context.feedback().complaints().record(meeting, new ComplaintDetails(clock.instant(),
                    ComplaintChannel.PHONE, "市财政局", "陈处长", "", "会场环境", "空调太冷", "", "", "", ""), BY);
            clock.advance(Duration.ofSeconds(2));
            context.feedback().surveys().add(meeting, new SurveyEntry("市发改委", "", Map.of(
                    template.activeItems().get(0).id(), template.levels(RatingScale.ITEM).get(0).level()), null, ""),
                    BY);
            clock.advance(Duration.ofSeconds(2));
            Attendee second = shown.get(1);
            assertThat(context.roster().saveOver(second, second.withPosition("副秘书长")).saved()).isTrue();
            clock.advance(Duration.ofSeconds(2));
            assertThat(context.checklists().editItem(item, "会场空调调至二十四度", item.textEn()).saved()).isTrue();
            clock.advance(Duration.ofSeconds(2));
            var renamed = new org.huiwu.model.Meeting(details.meeting().id(), details.meeting().title(),
                    details.meeting().category(), details.meeting().date(), details.meeting().startTime(),
                    details.meeting().plannedEndTime(), "第三会议室", details.meeting().hostOrganisation(),
                    details.meeting().organisingOrganisation(), details.meeting().confidentiality(),
                    details.meeting().foreignAffairs(), details.meeting().expectedAttendees(),
                    details.meeting().contactPerson(), details.meeting().contactPhone(), details.meeting().notes(),
                    details.meeting().agenda());
            context.meetings().saveOver(details.meeting(), renamed, details.version());
            clock.advance(Duration.ofSeconds(2));
            var newItem = context.feedback().templates().newItem(surveyTemplate, "会场音响", "Sound");
            var items = new ArrayList<>(surveyTemplate.items());
            items.add(newItem);
            context.feedback().templates().save(new org.huiwu.model.feedback.SurveyTemplate(items,
                    surveyTemplate.levels()));

            assertThat(context.queuedRecords()).as("edit, step, layout, step, tick and its status, complaint, form,"
                    + " edit, checklist item, meeting, survey template").isEqualTo(12);
            assertThat(context.sendQueuedTaps()).isZero();
            assertThat(context.roster().list(meeting)).as("one truth on the laptop at once")
                    .filteredOn(a -> a.id().equals(first.id())).extracting(Attendee::notes).containsExactly("需要翻译");
            assertThat(context.seatPlans().assignments(plan.id())).isEqualTo(onNewBlock);
            assertThat(context.seatPlans().find(meeting).orElseThrow().blocks()).isEqualTo(widened.blocks());
            assertThat(context.incidents().log().find(open.id()).orElseThrow().status())
                    .isEqualTo(IncidentStatus.HANDLING);
            assertThat(context.feedback().complaints().ofMeeting(meeting)).extracting(c -> c.id())
                    .contains(complaint.id());

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(12);
            List<Change> feed = venue.dao(ChangeFeedDao.class).since(feedEnd, 100);
            assertThat(feed).as("in the order made").extracting(Change::kind)
                    .containsExactly("CHECK_IN", "SEATING", "SEAT_LAYOUT", "SEATING", "INCIDENT", "INCIDENT", "CHECK_IN",
                            "CHECKLIST", "MEETING");
            assertThat(feed.get(0).recordId()).isEqualTo(first.id());
            assertThat(feed.get(6).recordId()).isEqualTo(second.id());
            AttendeeDao attendees = venue.dao(AttendeeDao.class);
            assertThat(attendees.find(first.id()).orElseThrow().notes()).isEqualTo("需要翻译");
            assertThat(attendees.find(second.id()).orElseThrow().position()).isEqualTo("副秘书长");
            assertThat(venue.dao(SeatPlanDao.class).assignments(plan.id())).isEqualTo(onNewBlock);
            assertThat(venue.dao(SeatPlanDao.class).findByMeeting(meeting)).contains(widened);
            assertThat(venue.dao(SeatPlanDao.class).layoutVersion(plan.id())).contains(layout + 1);
            assertThat(venue.dao(ComplaintDao.class).find(complaint.id())).isPresent();
            assertThat(venue.dao(SurveyDao.class).forms(meeting)).hasSize(formsBefore + 1);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(venue.dao(org.huiwu.persistence.MeetingChecklistDao.class).item(item.id()).orElseThrow()
                    .textZh()).isEqualTo("会场空调调至二十四度");
            assertThat(venue.dao(org.huiwu.persistence.MeetingDao.class).find(meeting).orElseThrow().venue())
                    .isEqualTo("第三会议室");
            assertThat(venue.dao(SurveyDao.class).template().items()).extracting(i -> i.id()).contains(newItem.id());
            assertThat(venue.dao(ChangeFeedDao.class).since(feedEnd, 100)).hasSize(9);
            assertThat(context.checkInsKeptElsewhere()).isZero();
        }
    }

    /**
     * Records made new during the cut (decision 0040): a meeting made on the laptop, an item added to its checklist
     * (the list copied there first), an edit of it, and an item added to a stored meeting's list, between an attendee
     * edit before them: all shown at once, sent once and in the order made (the meeting before its records).
     */
    @Test
    void aNewMeetingAndAddedChecklistItemsArriveOnceAndInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            List<Attendee> shown = context.roster().list(meeting);
            int sampleItems = context.checklists().open(meeting, BY).lines().size();
            int listed = context.meetings().list().size();
            long feedEnd = venue.dao(ChangeFeedDao.class).last();

            network.cut();
            Attendee first = shown.get(0);
            assertThat(context.roster().saveOver(first, first.withNotes("需要翻译")).saved()).isTrue();
            clock.advance(Duration.ofSeconds(2));
            var made = context.meetings().save(context.meetings().draft("断网时新建的会议"));
            clock.advance(Duration.ofSeconds(2));
            var itsItem = context.checklists().addItem(made.id(), org.huiwu.model.checklists.ChecklistPhase.BEFORE,
                    "断网时加的事项", "Added offline", BY);
            clock.advance(Duration.ofSeconds(2));
            var opened = context.meetings().edit(made.id()).orElseThrow();
            var moved = NewMeetingOutageTest.with(opened.meeting(), 5, "第三会议室");
            context.meetings().saveOver(opened.meeting(), moved, opened.version());
            clock.advance(Duration.ofSeconds(2));
            var sampleItem = context.checklists().addItem(meeting, org.huiwu.model.checklists.ChecklistPhase.DURING,
                    "茶水加一轮", "", BY);

            assertThat(context.queuedRecords()).as("edit, meeting, its list and item, its edit, an item").isEqualTo(6);
            assertThat(context.meetings().list()).as("shown at once").hasSize(listed + 1)
                    .filteredOn(m -> m.id().equals(made.id())).extracting(org.huiwu.model.Meeting::venue)
                    .containsExactly("第三会议室");
            assertThat(context.checklists().current(made.id()).lines()).extracting(l -> l.item().id())
                    .contains(itsItem.id());
            assertThat(context.checklists().current(meeting).lines()).hasSize(sampleItems + 1);

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(6);
            List<Change> feed = venue.dao(ChangeFeedDao.class).since(feedEnd, 100);
            assertThat(feed).as("in the order made").extracting(Change::kind, Change::recordId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("CHECK_IN", first.id()),
                    org.assertj.core.groups.Tuple.tuple("MEETING", made.id()),
                    org.assertj.core.groups.Tuple.tuple("CHECKLIST", itsItem.id()),
                    org.assertj.core.groups.Tuple.tuple("MEETING", made.id()),
                    org.assertj.core.groups.Tuple.tuple("CHECKLIST", sampleItem.id()));
            var meetings = venue.dao(org.huiwu.persistence.MeetingDao.class);
            assertThat(meetings.list()).hasSize(listed + 1);
            assertThat(meetings.find(made.id()).orElseThrow().venue()).isEqualTo("第三会议室");
            var checklists = venue.dao(org.huiwu.persistence.MeetingChecklistDao.class);
            assertThat(checklists.item(itsItem.id())).isPresent();
            assertThat(checklists.items(meeting)).hasSize(sampleItems + 1);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(venue.dao(ChangeFeedDao.class).since(feedEnd, 100)).hasSize(5);
            assertThat(context.checkInsKeptElsewhere()).isZero();
        }
    }

    /**
     * Decision 0043: a meeting copied one week later, a check-in on the copy, a check-in on another meeting and that
     * meeting deleted, all during the cut: shown at once (the copy with its attendees, the deleted meeting gone), sent
     * once and in the order made (the copy before its check-in, the deletion after the check-in made before it; the
     * deletion is in the change feed too, so other laptops' meeting lists drop it).
     */
    @Test
    void aCopiedAndADeletedMeetingArriveOnceAndInOrder() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            var doomed = context.meetings().duplicate(meeting);
            List<Attendee> sample = context.roster().list(meeting);
            List<Attendee> doomedList = context.roster().list(doomed.id());
            int listed = context.meetings().list().size();
            long feedEnd = venue.dao(ChangeFeedDao.class).last();

            network.cut();
            var copy = context.meetings().duplicate(meeting);
            clock.advance(Duration.ofSeconds(2));
            List<Attendee> copied = context.roster().list(copy.id());
            assertThat(copied).as("the copy shows its attendees at once").hasSameSizeAs(sample);
            context.roster().checkIn(copied.get(0).id(), org.huiwu.model.CheckInStatus.ARRIVED);
            clock.advance(Duration.ofSeconds(2));
            context.roster().checkIn(doomedList.get(0).id(), org.huiwu.model.CheckInStatus.ARRIVED);
            clock.advance(Duration.ofSeconds(2));
            assertThat(context.meetings().delete(doomed.id())).isTrue();
            assertThat(context.meetings().list()).as("copy in, deleted out, at once").hasSize(listed)
                    .extracting(org.huiwu.model.Meeting::id).contains(copy.id()).doesNotContain(doomed.id());
            assertThat(context.queuedRecords()).isEqualTo(4);

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(4);
            List<Change> feed = venue.dao(ChangeFeedDao.class).since(feedEnd, 100);
            assertThat(feed).as("in the order made").extracting(Change::kind, Change::recordId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("MEETING", copy.id()),
                    org.assertj.core.groups.Tuple.tuple("CHECK_IN", copied.get(0).id()),
                    org.assertj.core.groups.Tuple.tuple("CHECK_IN", doomedList.get(0).id()),
                    org.assertj.core.groups.Tuple.tuple("MEETING", doomed.id()));
            var meetings = venue.dao(org.huiwu.persistence.MeetingDao.class);
            assertThat(meetings.find(doomed.id())).as("deleted after its check-in").isEmpty();
            assertThat(venue.dao(AttendeeDao.class).listByMeeting(copy.id())).extracting(Attendee::id)
                    .containsExactlyInAnyOrderElementsOf(copied.stream().map(Attendee::id).toList());
            assertThat(venue.dao(AttendeeDao.class).find(copied.get(0).id()).orElseThrow().checkIn())
                    .isEqualTo(org.huiwu.model.CheckInStatus.ARRIVED);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(venue.dao(ChangeFeedDao.class).since(feedEnd, 100)).hasSize(4);
            assertThat(context.checkInsKeptElsewhere()).isZero();
            assertThat(meetings.list()).hasSize(listed);
        }
    }
}
