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

    @Test
    void aBookingMovedOntoAnotherIsRefusedWithTheClashAndLeftAsItWas() {
        Booking first = book("常务会议", 9, 11);
        Booking second = book("专题会议", 14, 16);

        assertThatThrownBy(() -> book.change(second.id(), room.id(), DAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                "专题会议", "吕佳")).isInstanceOfSatisfying(FlowRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(FlowProblem.DOUBLE_BOOKING);
                    assertThat(e.clashes()).extracting(Booking::id).containsExactly(first.id());
                });
        assertThat(book.between(DAY, DAY)).filteredOn(b -> b.id().equals(second.id())).singleElement()
                .satisfies(b -> assertThat(b.startTime()).isEqualTo(LocalTime.of(14, 0)));
    }

    @Test
    void aBookingMovesToAnotherTimeAndRoomAndItsMeetingAndWorkOrderFollow() {
        Booking booking = book("常务会议", 9, 11);
        Meeting meeting = book.toMeeting(booking.id(), "吕佳");
        flows.workOrders().confirm(meeting.id(), "王主任", "吕佳");
        var other = book.saveRoom(null, "第二会议室", 12, RoomLayout.U_SHAPE, "", false, "吕佳");

        Booking moved = book.change(booking.id(), other.id(), DAY.plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(15, 30), "常务会议（改期）", "吕佳");

        assertThat(book.between(DAY.plusDays(1), DAY.plusDays(1))).containsExactly(moved);
        Meeting followed = context.meetings().find(meeting.id()).orElseThrow();
        assertThat(followed.date()).isEqualTo(DAY.plusDays(1));
        assertThat(followed.startTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(followed.venue()).isEqualTo("第二会议室");
        WorkOrder order = flows.workOrders().of(meeting.id()).orElseThrow();
        assertThat(order.roomName()).isEqualTo("第二会议室");
        assertThat(order.endTime()).isEqualTo(LocalTime.of(15, 30));
        assertThat(order.confirmed()).as("a moved meeting is confirmed with the organiser again").isFalse();
        book("专题会议", 9, 11);
    }

    @Test
    void aCancelledBookingCanNeitherBeChangedNorCancelledAgainAndItsSlotIsFree() {
        Booking first = book("常务会议", 9, 11);
        book.cancel(first.id());

        assertThatThrownBy(() -> book.change(first.id(), room.id(), DAY, LocalTime.of(9, 0), LocalTime.of(10, 0),
                "常务会议", "吕佳")).hasFieldOrPropertyWithValue("problem", FlowProblem.BOOKING_CANCELLED);
        assertThatThrownBy(() -> book.cancel(first.id()))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.BOOKING_CANCELLED);
        Booking second = book("专题会议", 10, 12);
        assertThat(book.change(second.id(), room.id(), DAY, LocalTime.of(9, 0), LocalTime.of(10, 0), "专题会议", "吕佳")
                .startTime()).isEqualTo(LocalTime.of(9, 0));
    }
}
