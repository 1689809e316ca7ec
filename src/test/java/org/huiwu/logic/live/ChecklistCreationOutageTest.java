package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting's checklist opened for the first time, and items added to it, during a venue-server outage (decision
 * 0040), on real H2 with a simulated cut ({@link H2Outage}). Before 0040 both failed with the storage message: the
 * first opening read {@code exists} and wrote {@code createIfAbsent}, and an added item {@code lastPosition} and
 * {@code insertItem}, none of them answered or queued while cut. Now the list is copied on the laptop, shown at once
 * with its marks and added items, and sent once and in order; two laptops that both copied the same meeting's first
 * list offline store it once, and each one's marks land on the stored items of the same template item.
 */
class ChecklistCreationOutageTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path laptop;

    @TempDir
    Path otherLaptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aChecklistFirstOpenedAndAnItemAddedDuringACutShowAtOnceAndArriveOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            context.sampleMeeting().ensure();
            UUID meeting = meetingWithoutChecklist(store);
            ServiceChecklists checklists = checklists(outage);
            int templateItems = checklists.template().activeItems().size();

            outage.cut();
            List<ChecklistLine> opened = checklists.open(meeting, "值班员").lines();
            assertThat(opened).as("copied from the template on the laptop").hasSize(templateItems);
            ItemMark ticked = checklists.mark(meeting, opened.get(0).item().id(), MarkState.DONE, "", "值班员");
            ChecklistItem first = checklists.addItem(meeting, ChecklistPhase.DURING, "断网时加的第一项", "", "值班员");
            ChecklistItem second = checklists.addItem(meeting, ChecklistPhase.DURING, "断网时加的第二项", "", "值班员");
            assertThat(second.position()).as("numbered after the first").isEqualTo(first.position() + 1);
            List<ChecklistLine> shown = checklists.current(meeting).lines();
            assertThat(shown).as("shown at once").hasSize(templateItems + 2)
                    .anyMatch(l -> l.item().id().equals(ticked.itemId()) && l.mark() != null);
            assertThat(outage.outbox().size()).as("the list, a mark, two items").isEqualTo(4);

            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            MeetingChecklistDao server = store.dao(MeetingChecklistDao.class);
            List<ChecklistItem> stored = server.items(meeting);
            assertThat(stored).hasSize(templateItems + 2);
            assertThat(stored.stream().filter(i -> i.phase() == ChecklistPhase.DURING)
                    .sorted(java.util.Comparator.comparingInt(ChecklistItem::position)).map(ChecklistItem::textZh)
                    .toList()).as("added in the order made, at the end of their phase")
                    .endsWith("断网时加的第一项", "断网时加的第二项");
            assertThat(server.marks(meeting)).extracting(ItemMark::id).containsExactly(ticked.id());
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(server.items(meeting)).hasSize(templateItems + 2);
        }
    }

    @Test
    void twoLaptopsCopyingOneMeetingsFirstListOfflineStoreItOnceWithBothLaptopsMarks() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop);
                H2Outage other = new H2Outage(store, otherLaptop)) {
            context.sampleMeeting().ensure();
            UUID meeting = meetingWithoutChecklist(store);
            ServiceChecklists here = checklists(outage);
            ServiceChecklists there = checklists(other);
            int templateItems = here.template().activeItems().size();
            there.template().activeItems();

            outage.cut();
            other.cut();
            List<ChecklistLine> mine = here.open(meeting, "本机值班员").lines();
            List<ChecklistLine> theirs = there.open(meeting, "他处值班员").lines();
            ItemMark myTick = here.mark(meeting, mine.get(0).item().id(), MarkState.DONE, "", "本机值班员");
            ItemMark theirTick = there.mark(meeting, theirs.get(1).item().id(), MarkState.NOT_APPLICABLE, "",
                    "他处值班员");
            ChecklistItem added = there.addItem(meeting, ChecklistPhase.AFTER, "他处加的事项", "", "他处值班员");

            other.restore();
            assertThat(other.send()).isEqualTo(3);
            outage.restore();
            assertThat(outage.send()).as("no storage error, nothing dropped").isEqualTo(2);

            MeetingChecklistDao server = store.dao(MeetingChecklistDao.class);
            assertThat(server.items(meeting)).as("one list: the first stored, plus the item added")
                    .hasSize(templateItems + 1).extracting(ChecklistItem::id).doesNotHaveDuplicates()
                    .contains(added.id());
            assertThat(server.items(meeting)).filteredOn(i -> i.templateItemId() != null)
                    .allMatch(i -> i.addedBy().equals("他处值班员"));
            assertThat(server.marks(meeting)).as("both laptops' marks, on the stored items")
                    .extracting(ItemMark::id).containsExactlyInAnyOrder(myTick.id(), theirTick.id());
            assertThat(here.current(meeting).lines()).hasSize(templateItems + 1);
        }
    }

    private ServiceChecklists checklists(H2Outage outage) {
        return new ServiceChecklists(outage.dao(MeetingChecklistDao.class),
                new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                UUID::randomUUID, outage.offline()::holding);
    }

    private UUID meetingWithoutChecklist(Database store) {
        Meeting meeting = Fixtures.meeting("断网前建好的会议", LocalDate.of(2026, 11, 28));
        store.dao(MeetingDao.class).save(meeting, clock.instant());
        return meeting.id();
    }
}
