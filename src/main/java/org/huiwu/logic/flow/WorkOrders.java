package org.huiwu.logic.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.flow.RoomLayout;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.persistence.MeetingFlowDao;

/**
 * The organiser's work order of a meeting (礼仪服务通知单, annex H). Saving checks the rules that refuse a
 * requirement, naming the rule: flowers or fruit at a working meeting (厉行节约: 《党政机关厉行节约反对浪费
 * 条例》 and 《中央和国家机关会议费管理办法》, domain digest §10) and wireless microphones at a classified
 * meeting (保密, §9). A saved change clears the confirmation; confirming records with whom, when and by
 * whom. Synchronous and thread-safe; call it off the FX thread.
 */
public final class WorkOrders {

    private final MeetingFlowDao flows;
    private final MeetingCatalog meetings;
    private final Clock clock;

    public WorkOrders(MeetingFlowDao flows, MeetingCatalog meetings, Clock clock) {
        this.flows = flows;
        this.meetings = meetings;
        this.clock = clock;
    }

    /**
     * Whether the economy rules for working meetings apply: every meeting of Party and government bodies
     * except receptions and talks with visitors, which the rules on meeting fees do not cover.
     */
    public static boolean workingMeeting(MeetingCategory category) {
        return category != MeetingCategory.RECEPTION && category != MeetingCategory.TALKS;
    }

    /** The meeting's work order, if one was started. */
    public Optional<WorkOrder> of(UUID meetingId) {
        return flows.workOrder(meetingId);
    }

    /** The meeting's work order, or a new unconfirmed one from the meeting's details (not yet saved). */
    public WorkOrder orDraft(Meeting meeting) {
        return of(meeting.id()).orElseGet(() -> draft(meeting, RoomLayout.BOARDROOM, ""));
    }

    /** Starts the meeting's work order from its details unless it has one; returns the order. */
    public WorkOrder startFrom(Meeting meeting, RoomLayout layout, String by) {
        Optional<WorkOrder> existing = of(meeting.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        WorkOrder order = draft(meeting, layout, FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
        flows.saveWorkOrder(order);
        return order;
    }

    /**
     * Saves the order as changed now (the confirmation is cleared).
     *
     * @throws FlowRejectedException naming the rule that refuses it, or a bad number or time
     */
    public WorkOrder save(WorkOrder order, String by) {
        Meeting meeting = meetings.find(order.meetingId())
                .orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        check(order, meeting);
        WorkOrder saved = order.changed(now(), FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
        flows.saveWorkOrder(saved);
        return saved;
    }

    /** Confirms the stored order with the organiser's contact now. */
    public WorkOrder confirm(UUID meetingId, String with, String by) {
        WorkOrder order = of(meetingId).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
        WorkOrder confirmed = order.confirmed(FlowRejectedException.requireText(with, FlowProblem.MAX_NAME), now(),
                FlowRejectedException.requireName(by));
        flows.saveWorkOrder(confirmed);
        return confirmed;
    }

    /** Refuses an order that breaks a rule, naming it. */
    static void check(WorkOrder order, Meeting meeting) {
        if (order.expectedAttendees() < 0 || order.microphones() < 0 || order.wirelessMicrophones() < 0
                || order.projectors() < 0 || order.videoLinks() < 0 || order.microphones() > 500
                || order.wirelessMicrophones() > 500 || order.projectors() > 50 || order.videoLinks() > 50) {
            throw new FlowRejectedException(FlowProblem.BAD_NUMBER);
        }
        if (order.startTime() != null && order.endTime() != null && !order.endTime().isAfter(order.startTime())) {
            throw new FlowRejectedException(FlowProblem.BAD_TIMES);
        }
        if (workingMeeting(meeting.category()) && order.flowers()) {
            throw new FlowRejectedException(FlowProblem.ECONOMY_FLOWERS);
        }
        if (workingMeeting(meeting.category()) && order.fruit()) {
            throw new FlowRejectedException(FlowProblem.ECONOMY_FRUIT);
        }
        if (meeting.confidentiality() == Confidentiality.CLASSIFIED && order.wirelessMicrophones() > 0) {
            throw new FlowRejectedException(FlowProblem.CLASSIFIED_WIRELESS);
        }
        FlowRejectedException.optionalText(order.specialNeeds(), 1000);
        FlowRejectedException.optionalText(order.roomName(), 100);
    }

    private WorkOrder draft(Meeting meeting, RoomLayout layout, String by) {
        boolean video = meeting.category() == MeetingCategory.VIDEO_CONFERENCE;
        return new WorkOrder(meeting.id(), meeting.venue(), meeting.startTime(), meeting.plannedEndTime(),
                meeting.expectedAttendees(), layout, true, true, false, false, false, 0, 0, 0, video ? 1 : 0, "",
                "", null, "", now(), by);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
