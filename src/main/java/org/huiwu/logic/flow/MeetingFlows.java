package org.huiwu.logic.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.flow.MeetingFlow;
import org.huiwu.model.flow.PatrolRound;
import org.huiwu.model.flow.SpecialFlags;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageChange;
import org.huiwu.model.flow.StageLine;
import org.huiwu.model.flow.WorkOrder;
import org.huiwu.persistence.MeetingFlowDao;

/**
 * The flow of a meeting (annex G): its stage, the mandatory items open in it, moving it on, a supervisor's
 * override with a reason (logged), the patrol rounds, and the special-meeting records (phones counted in
 * and out and the attendee list approved at a classified meeting; the video link). A stage closes only
 * when nothing is open in it ({@link StageRules}). Stages only move on: the furthest stage reached is the
 * meeting's stage. Synchronous and thread-safe; call it off the FX thread.
 */
public final class MeetingFlows {

    private final MeetingFlowDao flows;
    private final MeetingCatalog meetings;
    private final WorkOrders workOrders;
    private final StageLists stageLists;
    private final ServiceChecklists checklists;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public MeetingFlows(MeetingFlowDao flows, MeetingCatalog meetings, WorkOrders workOrders, StageLists stageLists,
            ServiceChecklists checklists, Clock clock, Supplier<UUID> ids) {
        this.flows = flows;
        this.meetings = meetings;
        this.workOrders = workOrders;
        this.stageLists = stageLists;
        this.checklists = checklists;
        this.clock = clock;
        this.ids = ids;
    }

    public WorkOrders workOrders() {
        return workOrders;
    }

    public StageLists stageLists() {
        return stageLists;
    }

    /** The stage of every meeting (a meeting never moved is at booking). */
    public Map<UUID, Stage> stages() {
        Map<UUID, Stage> stages = new HashMap<>();
        flows.allChanges().forEach(c -> stages.merge(c.meetingId(), c.toStage(), MeetingFlows::later));
        return stages;
    }

    /** The meeting's stage. */
    public Stage stageOf(UUID meetingId) {
        return flows.stageChanges(meetingId).stream().map(StageChange::toStage).reduce(Stage.BOOKING,
                MeetingFlows::later);
    }

    /** Stages only move on, so the furthest stage reached is the current one (also after merging two laptops). */
    private static Stage later(Stage a, Stage b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The meeting's flow settings, or the defaults (video link for a video conference, no patrol interval). */
    public MeetingFlow settings(Meeting meeting) {
        return flows.flow(meeting.id()).orElseGet(() -> new MeetingFlow(meeting.id(),
                meeting.category() == MeetingCategory.VIDEO_CONFERENCE, 0, null, null, "", null, now(), ""));
    }

    /** The special flags of the meeting as it stands. */
    public SpecialFlags flags(Meeting meeting) {
        return new SpecialFlags(meeting.confidentiality() == Confidentiality.CLASSIFIED, settings(meeting).videoLink(),
                meeting.foreignAffairs());
    }

    /** The meeting's flow, opening its checklists (copied on first open) as the attendant {@code by}. */
    public FlowSnapshot open(UUID meetingId, String by) {
        Meeting meeting = meeting(meetingId);
        MeetingFlow flow = settings(meeting);
        SpecialFlags flags = flags(meeting);
        WorkOrder order = workOrders.orDraft(meeting);
        List<StageLine> lines = stageLists.open(meetingId, flags, order, by);
        List<ChecklistLine> service = checklists.open(meetingId, by).lines();
        Stage stage = stageOf(meetingId);
        List<PatrolRound> patrols = flows.patrolRounds(meetingId);
        return new FlowSnapshot(stage, flags, flow, order, stageLists.versionOf(meetingId), lines, service,
                StageRules.openItems(stage, flags, flow, order, lines, service, patrols,
                        workOrders.of(meetingId).isPresent()),
                flows.stageChanges(meetingId), patrols, nextPatrol(flow, patrols, meeting));
    }

    /**
     * Closes the current stage and moves the meeting to the next one.
     *
     * @throws FlowRejectedException STAGE_OPEN_ITEMS when mandatory items are open (a supervisor may override)
     */
    public StageChange advance(UUID meetingId, String by) {
        String who = FlowRejectedException.requireName(by);
        FlowSnapshot now = open(meetingId, who);
        if (!now.open().isEmpty()) {
            throw new FlowRejectedException(FlowProblem.STAGE_OPEN_ITEMS);
        }
        return move(meetingId, now, 0, "", who);
    }

    /**
     * A supervisor closes the current stage although mandatory items are open; the reason, the supervisor
     * and the number of open items are logged with the stage change.
     */
    public StageChange override(UUID meetingId, String supervisor, String reason) {
        String who = FlowRejectedException.optionalText(supervisor, FlowProblem.MAX_NAME);
        if (who.isEmpty()) {
            throw new FlowRejectedException(FlowProblem.OVERRIDE_SUPERVISOR);
        }
        String why = FlowRejectedException.optionalText(reason, FlowProblem.MAX_TEXT);
        if (why.isEmpty()) {
            throw new FlowRejectedException(FlowProblem.OVERRIDE_REASON);
        }
        FlowSnapshot now = open(meetingId, who);
        return move(meetingId, now, now.open().size(), now.open().isEmpty() ? "" : why, who);
    }

    /** Sets the video link and the patrol interval (minutes; 0 for none set). */
    public MeetingFlow saveSettings(UUID meetingId, boolean videoLink, int patrolMinutes, String by) {
        if (patrolMinutes < 0 || patrolMinutes > 600) {
            throw new FlowRejectedException(FlowProblem.BAD_NUMBER);
        }
        MeetingFlow flow = settings(meeting(meetingId)).withVideoLink(videoLink, patrolMinutes, now(),
                FlowRejectedException.optionalText(by, FlowProblem.MAX_NAME));
        flows.saveFlow(flow);
        return flow;
    }

    /** Records the phones stored at the door (in) and handed back (out); null for not counted yet. */
    public MeetingFlow countPhones(UUID meetingId, Integer in, Integer out, String by) {
        if ((in != null && (in < 0 || in > 10_000)) || (out != null && (out < 0 || out > 10_000))) {
            throw new FlowRejectedException(FlowProblem.BAD_NUMBER);
        }
        MeetingFlow flow = settings(meeting(meetingId)).withPhones(in, out, now(), FlowRejectedException.requireName(by));
        flows.saveFlow(flow);
        return flow;
    }

    /** Records that the responsible leader approved the attendee list. */
    public MeetingFlow approveList(UUID meetingId, String approver, String by) {
        MeetingFlow flow = settings(meeting(meetingId)).approved(
                FlowRejectedException.requireText(approver, FlowProblem.MAX_NAME), now(),
                FlowRejectedException.requireName(by));
        flows.saveFlow(flow);
        return flow;
    }

    /** Logs a patrol round now, numbered after the last. */
    public PatrolRound patrol(UUID meetingId, String note, String by) {
        meeting(meetingId);
        PatrolRound round = new PatrolRound(ids.get(), meetingId, flows.lastRound(meetingId) + 1, now(),
                FlowRejectedException.requireName(by), FlowRejectedException.optionalText(note, FlowProblem.MAX_TEXT));
        flows.insertPatrolRound(round);
        return round;
    }

    private StageChange move(UUID meetingId, FlowSnapshot now, int openItems, String reason, String by) {
        Stage next = now.stage().next().orElseThrow(() -> new FlowRejectedException(FlowProblem.ALREADY_CLOSED));
        StageChange change = new StageChange(ids.get(), meetingId, now.stage(), next, openItems, reason, now(), by);
        flows.insertStageChange(change);
        return change;
    }

    private static Instant nextPatrol(MeetingFlow flow, List<PatrolRound> patrols, Meeting meeting) {
        if (flow.patrolMinutes() <= 0 || patrols.isEmpty()) {
            return null;
        }
        return patrols.get(patrols.size() - 1).patrolledAt().plus(flow.patrolMinutes(), ChronoUnit.MINUTES);
    }

    private Meeting meeting(UUID meetingId) {
        return meetings.find(meetingId).orElseThrow(() -> new FlowRejectedException(FlowProblem.NOT_FOUND));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
