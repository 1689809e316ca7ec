package org.huiwu.logic.flow;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.huiwu.AppContext;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A data folder on real H2 with the real migrations, a movable clock and one room. Test code. */
abstract class FlowTestBase {

    static final Instant START = Instant.parse("2026-12-07T00:30:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dataDir;

    final MovableClock clock = new MovableClock(START, ZoneId.of("Asia/Shanghai"));
    AppContext context;
    RoomBook book;
    MeetingFlows flows;
    Room room;

    @BeforeEach
    void openContext() {
        context = AppContext.open(dataDir, clock);
        book = context.roomBook();
        flows = context.meetingFlows();
        room = book.saveRoom(null, "第一会议室", 30, RoomLayout.BOARDROOM, "话筒 8，投影仪 1", false, "吕佳");
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    Booking book(String title, int fromHour, int toHour) {
        return book.book(new RoomBook.Request(room.id(), DAY, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), title,
                "市机关事务管理局", "吕佳", "0513-85000000", 20), "吕佳");
    }
}
