package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.meetings.MeetingEdit;
import org.huiwu.logic.meetings.MeetingMerge;
import org.huiwu.model.Meeting;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.junit.jupiter.api.Test;

/**
 * A meeting's details edited in the meeting form during a venue-server outage (decision 0038, amended), on real H2
 * with a simulated cut ({@link H2Outage}): saved as made (no storage error), shown at once on the list and the
 * form's versioned read, and sent once and in order when the server is back, merged field by field with what
 * another laptop stored meanwhile — a field only the other changed keeps theirs, a field both changed keeps theirs
 * and is counted for the status line.
 */
class MeetingEditOutageTest extends OutageCase {

    private static final int TITLE = 0;
    private static final int VENUE = 5;
    private static final int CONTACT = 11;
    private static final int NOTES = 13;

    @Test
    void detailsEditedDuringACutShowAtOnceAndArriveOnceMergedWithTheOtherLaptops() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID id = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            catalog.list();
            MeetingEdit read = catalog.edit(id).orElseThrow();
            Meeting seen = read.meeting();
            MeetingDao server = store.dao(MeetingDao.class);

            outage.cut();
            Meeting first = with(with(seen, NOTES, "本机备注"), VENUE, "第二会议室");
            MeetingEdit saved = catalog.saveOver(seen, first, read.version());
            Meeting second = with(first, CONTACT, "本机联系人");
            MeetingEdit again = catalog.saveOver(saved.meeting(), second, saved.version());

            assertThat(List.of(saved.meeting(), again.meeting())).as("no storage error during the cut")
                    .containsExactly(first, second);
            assertThat(outage.outbox().size()).isEqualTo(2);
            assertThat(catalog.list()).as("shown at once on the list").filteredOn(m -> m.id().equals(id))
                    .extracting(Meeting::notes, Meeting::venue, Meeting::contactPerson)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("本机备注", "第二会议室", "本机联系人"));
            assertThat(catalog.edit(id).orElseThrow().meeting()).as("and on the form's versioned read")
                    .isEqualTo(second);

            Meeting theirs = with(with(server.find(id).orElseThrow(), TITLE, "他处改的会名"), VENUE, "他处会议室");
            server.saveAtVersion(theirs, server.versionOf(id).orElseThrow(), clock.instant());
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            Meeting stored = server.find(id).orElseThrow();
            assertThat(stored.notes()).as("mine, on a field only I changed").isEqualTo("本机备注");
            assertThat(stored.contactPerson()).as("mine, in the order made").isEqualTo("本机联系人");
            assertThat(stored.title()).as("theirs, on a field only they changed").isEqualTo("他处改的会名");
            assertThat(stored.venue()).as("a clash keeps the other laptop's").isEqualTo("他处会议室");
            assertThat(outage.keptElsewhere()).as("the clash is reported, once").isEqualTo(1);
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(catalog.find(id).orElseThrow()).as("the laptop now shows what is stored").isEqualTo(stored);
        }
    }

    @Test
    void anEditWhoseCommitArrivedButNotItsAnswerIsNotStoredTwice() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID id = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            MeetingEdit read = catalog.edit(id).orElseThrow();
            outage.cut();
            Meeting mine = with(read.meeting(), NOTES, "已通知会务组");
            catalog.saveOver(read.meeting(), mine, read.version());
            MeetingDao server = store.dao(MeetingDao.class);
            server.saveAtVersion(mine, server.versionOf(id).orElseThrow(), clock.instant());
            int version = server.versionOf(id).orElseThrow();
            outage.restore();

            assertThat(outage.send()).isEqualTo(1);
            assertThat(server.versionOf(id).orElseThrow()).as("not written again").isEqualTo(version);
            assertThat(outage.keptElsewhere()).isZero();
        }
    }

    @SuppressWarnings("unchecked")
    private static Meeting with(Meeting meeting, int field, Object value) {
        return ((org.huiwu.logic.live.FieldMerge.Field<Meeting>) MeetingMerge.FIELDS.get(field)).with()
                .apply(meeting, value);
    }
}
