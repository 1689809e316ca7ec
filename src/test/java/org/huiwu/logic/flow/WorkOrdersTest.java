package org.huiwu.logic.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.flow.WorkOrder;
import org.junit.jupiter.api.Test;

/** The work order on real H2: the economy and confidentiality rules refuse, naming the rule; confirmation. */
class WorkOrdersTest extends FlowTestBase {

    private Meeting meeting(MeetingCategory category, Confidentiality confidentiality) {
        Meeting made = book.toMeeting(book("会议", 9, 11).id(), "吕佳");
        return context.meetings().save(new Meeting(made.id(), made.title(), category, made.date(), made.startTime(),
                made.plannedEndTime(), made.venue(), "", "", confidentiality, false, 20, "", "", "", made.agenda()));
    }

    private static WorkOrder with(WorkOrder o, boolean flowers, boolean fruit, int wireless) {
        return new WorkOrder(o.meetingId(), o.roomName(), o.startTime(), o.endTime(), o.expectedAttendees(), o.layout(),
                o.nameCards(), o.tea(), o.towels(), flowers, fruit, 4, wireless, 1, 0, "轮椅通道", "", null, "",
                o.changedAt(), o.changedBy());
    }

    @Test
    void flowersAndFruitAreRefusedAtAWorkingMeetingNamingTheEconomyRule() {
        Meeting meeting = meeting(MeetingCategory.TOPICAL, Confidentiality.ORDINARY);
        WorkOrder order = flows.workOrders().of(meeting.id()).orElseThrow();

        assertThatThrownBy(() -> flows.workOrders().save(with(order, true, false, 0), "吕佳"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.ECONOMY_FLOWERS);
        assertThatThrownBy(() -> flows.workOrders().save(with(order, false, true, 0), "吕佳"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.ECONOMY_FRUIT);
    }

    @Test
    void aReceptionMayHaveFlowers() {
        Meeting meeting = meeting(MeetingCategory.RECEPTION, Confidentiality.ORDINARY);
        WorkOrder order = flows.workOrders().of(meeting.id()).orElseThrow();

        assertThat(flows.workOrders().save(with(order, true, false, 0), "吕佳").flowers()).isTrue();
    }

    @Test
    void wirelessMicrophonesAreRefusedAtAClassifiedMeeting() {
        Meeting meeting = meeting(MeetingCategory.TOPICAL, Confidentiality.CLASSIFIED);
        WorkOrder order = flows.workOrders().of(meeting.id()).orElseThrow();

        assertThatThrownBy(() -> flows.workOrders().save(with(order, false, false, 2), "吕佳"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.CLASSIFIED_WIRELESS);
    }

    @Test
    void confirmingRecordsWithWhomWhenAndByWhomAndAChangeClearsIt() {
        Meeting meeting = meeting(MeetingCategory.TOPICAL, Confidentiality.ORDINARY);
        WorkOrder confirmed = flows.workOrders().confirm(meeting.id(), "王主任", "吕佳");

        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.confirmedWith()).isEqualTo("王主任");
        assertThat(confirmed.confirmedBy()).isEqualTo("吕佳");
        assertThat(confirmed.confirmedAt()).isEqualTo(START);
        WorkOrder changed = flows.workOrders().save(with(confirmed, false, false, 0), "吕佳");
        assertThat(changed.confirmed()).isFalse();
        assertThat(flows.workOrders().of(meeting.id()).orElseThrow().specialNeeds()).isEqualTo("轮椅通道");
    }
}
