package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.incidents.LeftItemRegister;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.LeftItemDao;
import org.junit.jupiter.api.Test;

/**
 * The left-items register (遗留物品) kept during a venue-server outage (decision 0045), on real H2 with a simulated
 * cut ({@link H2Outage}). Before 0045 registering, handing over and returning failed with the storage message. Now
 * each shows at once on the register and in the open items, and is sent once in the order made; a change over a line
 * the other laptop changed meanwhile is merged field by field: a hand-over both made keeps theirs, counted; a line
 * returned elsewhere is never moved back to handed over, counted; a hand-over made elsewhere under this laptop's
 * return is kept beside it.
 */
class LeftItemOutageTest extends OutageCase {

    private UUID meeting(Database store) {
        UUID meeting = UUID.randomUUID();
        store.dao(org.huiwu.persistence.MeetingDao.class).save(org.huiwu.model.Meeting.blank(meeting, "遗留物品断网的会议",
                java.time.LocalDate.of(2026, 11, 27)), clock.instant());
        return meeting;
    }

    @Test
    void itemsFoundHandedOverAndReturnedDuringACutShowAtOnceAndArriveOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = meeting(store);
            LeftItemRegister server = new LeftItemRegister(store.dao(LeftItemDao.class), clock, UUID::randomUUID);
            LeftItemRegister register = new LeftItemRegister(outage.dao(LeftItemDao.class), clock, UUID::randomUUID);
            LeftItem umbrella = server.register(meeting, "黑色雨伞", "2排3号", "", "他处");
            assertThat(register.ofMeeting(meeting)).hasSize(1);

            outage.cut();
            clock.advance(java.time.Duration.ofMinutes(1));
            LeftItem phone = register.register(meeting, "手机", "休息室", "", "本机");
            register.handOver(phone.id(), "前台");
            register.markReturned(phone.id(), "李先生");
            register.handOver(umbrella.id(), "会务组");
            assertThat(register.ofMeeting(meeting)).as("shown at once, in the order made")
                    .extracting(LeftItem::what, LeftItem::handedTo, LeftItem::returnedTo)
                    .containsExactly(tuple("黑色雨伞", "会务组", ""), tuple("手机", "前台", "李先生"));
            assertThat(register.openItems(meeting)).extracting(LeftItem::id).containsExactly(umbrella.id());
            assertThat(outage.outbox().size()).isEqualTo(4);

            outage.restore();
            assertThat(outage.send()).isEqualTo(4);
            assertThat(server.ofMeeting(meeting)).as("sent once, in order")
                    .extracting(LeftItem::what, LeftItem::handedTo, LeftItem::returnedTo)
                    .containsExactly(tuple("黑色雨伞", "会务组", ""), tuple("手机", "前台", "李先生"));
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).isZero();
        }
    }

    @Test
    void changesOverLinesChangedElsewhereAreMergedAndAReturnIsNeverMovedBack() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = meeting(store);
            LeftItemRegister other = new LeftItemRegister(store.dao(LeftItemDao.class), clock, UUID::randomUUID);
            LeftItemRegister register = new LeftItemRegister(outage.dao(LeftItemDao.class), clock, UUID::randomUUID);
            LeftItem returnedElsewhere = other.register(meeting, "钥匙", "1排1号", "", "他处");
            clock.advance(java.time.Duration.ofMinutes(1));
            LeftItem handedElsewhere = other.register(meeting, "眼镜", "3排5号", "", "他处");
            clock.advance(java.time.Duration.ofMinutes(1));
            LeftItem bothHanded = other.register(meeting, "文件袋", "主席台", "", "他处");
            register.ofMeeting(meeting);

            outage.cut();
            register.handOver(returnedElsewhere.id(), "前台");
            register.markReturned(handedElsewhere.id(), "王先生");
            register.handOver(bothHanded.id(), "会务组");
            other.markReturned(returnedElsewhere.id(), "赵女士");
            other.handOver(handedElsewhere.id(), "保安");
            other.handOver(bothHanded.id(), "前台");
            outage.restore();

            assertThat(outage.send()).isEqualTo(3);
            assertThat(other.ofMeeting(meeting)).extracting(LeftItem::what, LeftItem::handedTo, LeftItem::returnedTo)
                    .containsExactly(tuple("钥匙", "", "赵女士"), tuple("眼镜", "保安", "王先生"),
                            tuple("文件袋", "前台", ""));
            assertThat(outage.keptElsewhere()).as("the return kept and the hand-over both made").isEqualTo(2);
            assertThat(outage.keptNames()).as("named to the attendant (decision 0048)").containsExactly("钥匙", "文件袋");
            assertThat(register.openItems(meeting)).as("the stored register shown")
                    .extracting(LeftItem::id).containsExactly(bothHanded.id());
        }
    }
}
