package org.huiwu.logic.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.huiwu.model.Meeting;
import org.huiwu.model.flow.Booking;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.WorkOrder;
import org.junit.jupiter.api.Test;

/** Rooms and bookings on real H2: names unique, double bookings refused with the clash, a booking becomes a meeting. */
class RoomBookTest extends FlowTestBase {

    @Test
    void aSecondBookingOverlappingTheFirstIsRefusedWithTheClashShown() {
        Booking first = book("常务会议", 9, 11);

        assertThatThrownBy(() -> book("专题会议", 10, 12))
                .isInstanceOfSatisfying(FlowRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(FlowProblem.DOUBLE_BOOKING);
                    assertThat(e.clashes()).extracting(Booking::id).containsExactly(first.id());
                });
        assertThat(book.between(DAY, DAY)).hasSize(1);
    }

    @Test
    void bookingsThatTouchOrUseAnotherRoomDoNotClash() {
        book("常务会议", 9, 11);
        book("专题会议", 11, 12);
        var other = book.saveRoom(null, "第二会议室", 12, RoomLayout.U_SHAPE, "", false, "吕佳");
        book.book(new RoomBook.Request(other.id(), DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "座谈会", "", "", "", 8),
                "吕佳");

        assertThat(book.between(DAY, DAY)).hasSize(3);
    }

    @Test
    void aCancelledBookingFreesTheRoom() {
        Booking first = book("常务会议", 9, 11);
        book.cancel(first.id());

        assertThat(book("专题会议", 9, 11).title()).isEqualTo("专题会议");
    }

    @Test
    void anEndBeforeTheStartAndADuplicateRoomNameAreRefused() {
        assertThatThrownBy(() -> book("常务会议", 11, 9)).hasFieldOrPropertyWithValue("problem", FlowProblem.BAD_TIMES);
        assertThatThrownBy(() -> book.saveRoom(null, "第一会议室", 10, RoomLayout.THEATRE, "", false, ""))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.ROOM_NAME_TAKEN);
    }

    @Test
    void aBookingBecomesAMeetingWithAWorkOrderOnce() {
        Booking booking = book("常务会议", 9, 11);

        Meeting meeting = book.toMeeting(booking.id(), "吕佳");

        assertThat(meeting.date()).isEqualTo(DAY);
        assertThat(meeting.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(meeting.venue()).isEqualTo("第一会议室");
        assertThat(meeting.expectedAttendees()).isEqualTo(20);
        assertThat(book.ofMeeting(meeting.id())).map(Booking::id).contains(booking.id());
        WorkOrder order = flows.workOrders().of(meeting.id()).orElseThrow();
        assertThat(order.roomName()).isEqualTo("第一会议室");
        assertThat(order.confirmed()).isFalse();
        assertThatThrownBy(() -> book.toMeeting(booking.id(), "吕佳"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.ALREADY_A_MEETING);
    }
}
