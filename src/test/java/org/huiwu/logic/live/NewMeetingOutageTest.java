package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.logic.meetings.MeetingMerge;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.junit.jupiter.api.Test;

/**
 * Meetings saved in the meeting form during a venue-server outage (decision 0040), on real H2 with a simulated cut
 * ({@link H2Outage}). Before 0040 each of these failed with the storage message: a new meeting went through
 * {@code MeetingDao.save} and a form never given a version through the same unversioned save, neither of which the
 * outbox queued, and the new meeting's reads (its form, its attendee list) were never answered, so they failed as
 * unreachable. Now: a new meeting (its id made on the laptop) is queued, listed and opened at once with empty lists,
 * its later edits and checklist queued behind it and sent after it, once; a meeting whose form was first opened
 * during the cut opens from the remembered list and its save queues over the meeting as shown.
 */
class NewMeetingOutageTest extends OutageCase {

    private static final int VENUE = 5;
    private static final int NOTES = 13;

    @Test
    void aMeetingMadeDuringACutShowsAtOnceWithItsRecordsAndArrivesOnceBeforeThem() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            ServiceChecklists checklists = new ServiceChecklists(outage.dao(MeetingChecklistDao.class),
                    new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                    UUID::randomUUID, outage.offline()::holding);
            int listed = catalog.list().size();
            int templateItems = checklists.template().activeItems().size();

            outage.cut();
            Meeting made = catalog.save(catalog.draft("断网时新建的会议"));
            assertThat(catalog.list()).as("listed at once").hasSize(listed + 1).extracting(Meeting::id)
                    .contains(made.id());
            MeetingEdit opened = catalog.edit(made.id()).orElseThrow();
            assertThat(opened.meeting()).as("its form opens").isEqualTo(made);
            assertThat(outage.dao(AttendeeDao.class).listByMeeting(made.id())).as("its empty attendee list").isEmpty();
            assertThat(outage.dao(SeatPlanDao.class).findByMeeting(made.id())).as("no seat plan yet").isEmpty();
            Meeting edited = with(made, VENUE, "第三会议室");
            MeetingEdit saved = catalog.saveOver(opened.meeting(), edited, opened.version());
            var item = checklists.addItem(made.id(), ChecklistPhase.BEFORE, "断网时加的事项", "", "值班员");
            assertThat(checklists.current(made.id()).lines()).as("its checklist copied and the item added, at once")
                    .hasSize(templateItems + 1).anyMatch(l -> l.item().id().equals(item.id()));
            assertThat(catalog.find(made.id()).orElseThrow().venue()).isEqualTo("第三会议室");
            assertThat(saved.meeting()).isEqualTo(edited);
            assertThat(outage.outbox().size()).as("meeting, its edit, its checklist, its item").isEqualTo(4);

            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            MeetingDao server = store.dao(MeetingDao.class);
            assertThat(server.list()).hasSize(listed + 1);
            assertThat(server.find(made.id()).orElseThrow().venue()).as("the edit sent after the meeting")
                    .isEqualTo("第三会议室");
            MeetingChecklistDao stored = store.dao(MeetingChecklistDao.class);
            assertThat(stored.items(made.id())).hasSize(templateItems + 1)
                    .filteredOn(i -> i.id().equals(item.id())).singleElement()
                    .extracting(i -> i.textZh()).isEqualTo("断网时加的事项");
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(catalog.find(made.id())).contains(server.find(made.id()).orElseThrow());
        }
    }

    @Test
    void aFormFirstOpenedDuringACutOpensFromTheListAndItsSaveQueuesOverTheMeetingAsShown() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID id = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting listed = catalog.list().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
            MeetingDao server = store.dao(MeetingDao.class);

            outage.cut();
            assertThat(catalog.find(id)).as("the form opens with what the list showed").contains(listed);
            Meeting mine = with(listed, NOTES, "断网时第一次打开表单写的备注");
            assertThat(catalog.save(mine)).isEqualTo(mine);
            Meeting again = with(mine, VENUE, "小礼堂");
            catalog.save(again);
            assertThat(outage.outbox().size()).isEqualTo(2);
            assertThat(catalog.find(id)).as("shown at once").contains(again);

            Meeting theirs = with(server.find(id).orElseThrow(), 0, "他处改的会名");
            server.saveAtVersion(theirs, server.versionOf(id).orElseThrow(), clock.instant());
            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            Meeting stored = server.find(id).orElseThrow();
            assertThat(stored.notes()).isEqualTo("断网时第一次打开表单写的备注");
            assertThat(stored.venue()).isEqualTo("小礼堂");
            assertThat(stored.title()).as("the other laptop's change is kept, not overwritten").isEqualTo("他处改的会名");
            assertThat(outage.keptElsewhere()).isZero();
        }
    }

    @SuppressWarnings("unchecked")
    static Meeting with(Meeting meeting, int field, Object value) {
        return ((FieldMerge.Field<Meeting>) MeetingMerge.FIELDS.get(field)).with().apply(meeting, value);
    }
}
