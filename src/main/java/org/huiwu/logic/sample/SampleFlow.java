package org.huiwu.logic.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.huiwu.logic.flow.FlowSnapshot;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.Room;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.WorkOrder;

/**
 * The sample meeting's flow: three rooms of the venue, its booking (and one other booking that afternoon),
 * a work order confirmed with the organiser, booking and preparation closed (every preparation item ticked)
 * and two patrol rounds logged while it is in progress. Synchronous; call it off the FX thread.
 */
final class SampleFlow {

    private static final String ATTENDANT = "吕佳";

    private final RoomBook book;
    private final MeetingFlows flows;

    SampleFlow(RoomBook book, MeetingFlows flows) {
        this.book = book;
        this.flows = flows;
    }

    void add(Meeting meeting) {
        Room main = room(meeting.venue(), 40, RoomLayout.BOARDROOM, "有线话筒 12，投影仪 1，视频会议终端 1");
        Room small = room("市行政中心2号会议室", 12, RoomLayout.U_SHAPE, "有线话筒 4，电视屏 1");
        room("市行政中心多功能厅", 120, RoomLayout.THEATRE, "有线话筒 6，无线话筒 4，投影仪 2");
        LocalDate day = meeting.date();
        Booking booking = book.book(new RoomBook.Request(main.id(), day, meeting.startTime(), meeting.plannedEndTime(),
                meeting.title(), meeting.organisingOrganisation(), ATTENDANT, meeting.contactPhone(),
                meeting.expectedAttendees()), ATTENDANT);
        book.link(booking.id(), meeting.id());
        book.book(new RoomBook.Request(small.id(), day, LocalTime.of(14, 30), LocalTime.of(16, 0), "城市更新专题座谈会",
                "市住房和城乡建设局", "周敏", "0513-85001234", 10), ATTENDANT);
        UUID id = meeting.id();
        WorkOrder draft = flows.workOrders().startFrom(meeting, main.layout(), ATTENDANT);
        flows.workOrders().save(new WorkOrder(id, main.name(), meeting.startTime(), meeting.plannedEndTime(),
                meeting.expectedAttendees(), RoomLayout.BOARDROOM, true, true, true, false, false, 4, 0, 1, 0,
                "主席台7人；一位领导需无障碍通道", "", null, "", draft.changedAt(), ATTENDANT), ATTENDANT);
        flows.workOrders().confirm(id, "吕佳（主办单位联系人）", ATTENDANT);
        flows.saveSettings(id, false, 30, ATTENDANT);
        flows.advance(id, ATTENDANT);
        FlowSnapshot preparation = flows.open(id, ATTENDANT);
        preparation.linesOf(Stage.PREPARATION).forEach(line -> flows.stageLists().mark(id, line.item().id(),
                MarkState.DONE, "", ATTENDANT));
        flows.advance(id, ATTENDANT);
        flows.patrol(id, "主席台茶水已续，室温正常", ATTENDANT);
        flows.patrol(id, "后排有人接打电话，已轻声提醒", ATTENDANT);
    }

    private Room room(String name, int seats, RoomLayout layout, String equipment) {
        return book.rooms().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseGet(() -> book.saveRoom(null, name, seats, layout, equipment, false, ATTENDANT));
    }
}
