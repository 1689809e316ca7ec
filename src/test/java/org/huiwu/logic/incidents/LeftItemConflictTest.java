package org.huiwu.logic.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two attendants' laptops work one left-items register (decision 0050): a hand-over over one made elsewhere since the
 * register showed the line writes nothing and holds both (keeping mine then stores it); a hand-over over a return
 * made elsewhere is refused (statuses never move back); a return over a hand-over made elsewhere keeps both.
 */
@Tag("dao")
class LeftItemConflictTest {

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;
    private LeftItemRegister a;
    private LeftItemRegister b;
    private UUID meetingId;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T02:00:00.123456789Z"), ZoneOffset.UTC);
        a = new LeftItemRegister(laptopA.dao(LeftItemDao.class), clock, UUID::randomUUID);
        b = new LeftItemRegister(laptopB.dao(LeftItemDao.class), clock, UUID::randomUUID);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "遗留物品", LocalDate.of(2026, 12, 8));
        laptopA.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        meetingId = meeting.id();
    }

    @AfterEach
    void close() {
        if (laptopB != null) {
            laptopB.close();
        }
        if (laptopA != null) {
            laptopA.close();
        }
    }

    @Test
    void aHandOverOverOneMadeElsewhereHoldsBothAndKeepingMineStoresIt() {
        a.register(meetingId, "蓝色水杯", "2排3号", "", "张敏");
        LeftItem shown = b.openItems(meetingId).get(0);
        a.handOver(shown, "前台");

        LeftItemConflictException conflict = catchThrowableOfType(() -> b.handOver(shown, "会务组"),
                LeftItemConflictException.class);

        assertThat(conflict).isNotNull();
        assertThat(conflict.merge().mine().handedTo()).isEqualTo("会务组");
        assertThat(conflict.merge().theirs().handedTo()).isEqualTo("前台");
        assertThat(b.ofMeeting(meetingId).get(0).handedTo()).isEqualTo("前台");
        b.saveOver(conflict.merge().theirs(), conflict.merge().resolved(true));
        assertThat(a.ofMeeting(meetingId).get(0).handedTo()).isEqualTo("会务组");
    }

    @Test
    void aHandOverOverAReturnMadeElsewhereIsRefused() {
        a.register(meetingId, "黑色雨伞", "主席台", "", "张敏");
        LeftItem shown = b.openItems(meetingId).get(0);
        a.markReturned(shown, "吴晓燕");

        IncidentRejectedException refused = catchThrowableOfType(() -> b.handOver(shown, "前台"),
                IncidentRejectedException.class);

        assertThat(refused.problem()).isEqualTo(IncidentProblem.ITEM_RETURNED_ELSEWHERE);
        LeftItem stored = a.ofMeeting(meetingId).get(0);
        assertThat(stored.returnedTo()).isEqualTo("吴晓燕");
        assertThat(stored.handedAt()).isNull();
    }

    @Test
    void aReturnOverAHandOverMadeElsewhereKeepsBoth() {
        a.register(meetingId, "笔记本", "3排1号", "", "张敏");
        LeftItem shown = b.openItems(meetingId).get(0);
        a.handOver(shown, "前台");

        b.markReturned(shown, "吴晓燕");

        LeftItem stored = a.ofMeeting(meetingId).get(0);
        assertThat(stored.handedTo()).isEqualTo("前台");
        assertThat(stored.returnedTo()).isEqualTo("吴晓燕");
    }
}
