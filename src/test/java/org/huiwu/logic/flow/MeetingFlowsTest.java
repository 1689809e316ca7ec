package org.huiwu.logic.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.OpenItem;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageChange;
import org.huiwu.model.flow.StageLine;
import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.model.flow.WorkOrder;
import org.junit.jupiter.api.Test;

/** The flow on real H2: stages close only when settled, overrides are logged, patrols, special meetings, versions. */
class MeetingFlowsTest extends FlowTestBase {

    private Meeting meeting(Confidentiality confidentiality, boolean foreign) {
        Meeting made = book.toMeeting(book("会议", 9, 11).id(), "吕佳");
        return context.meetings().save(new Meeting(made.id(), made.title(), MeetingCategory.TOPICAL, made.date(),
                made.startTime(), made.plannedEndTime(), made.venue(), "", "", confidentiality, foreign, 20, "", "", "",
                made.agenda()));
    }

    /** Ticks every stage item and service checklist item of the stage. */
    private void settle(UUID meetingId, Stage stage) {
        FlowSnapshot now = flows.open(meetingId, "吕佳");
        now.linesOf(stage).forEach(l -> flows.stageLists().mark(meetingId, l.item().id(), MarkState.DONE, "", "吕佳"));
        now.serviceLinesOf(stage).forEach(l -> context.checklists().mark(meetingId, l.item().id(), MarkState.DONE, "",
                "吕佳"));
    }

    @Test
    void aMeetingStartsAtBookingAndCannotLeaveItUntilTheWorkOrderIsConfirmed() {
        Meeting meeting = meeting(Confidentiality.ORDINARY, false);

        assertThat(flows.stageOf(meeting.id())).isEqualTo(Stage.BOOKING);
        assertThat(flows.open(meeting.id(), "吕佳").open()).extracting(OpenItem::ruleKey).containsExactly("flow.open.workOrder");
        assertThatThrownBy(() -> flows.advance(meeting.id(), "吕佳"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.STAGE_OPEN_ITEMS);

        flows.workOrders().confirm(meeting.id(), "王主任", "吕佳");
        StageChange change = flows.advance(meeting.id(), "吕佳");

        assertThat(change.toStage()).isEqualTo(Stage.PREPARATION);
        assertThat(change.overridden()).isFalse();
        assertThat(flows.stages()).containsEntry(meeting.id(), Stage.PREPARATION);
    }

    @Test
    void preparationListsCleaningLayoutWithGuidesAndTheEquipmentOfTheWorkOrderDeviceByDevice() {
        Meeting meeting = meeting(Confidentiality.ORDINARY, false);
        WorkOrder order = flows.workOrders().of(meeting.id()).orElseThrow();
        flows.workOrders().save(new WorkOrder(order.meetingId(), order.roomName(), order.startTime(), order.endTime(),
                20, order.layout(), true, true, false, false, false, 3, 0, 1, 1, "", "", null, "", order.changedAt(), ""),
                "吕佳");

        List<StageLine> preparation = flows.open(meeting.id(), "吕佳").linesOf(Stage.PREPARATION);

        assertThat(preparation).extracting(l -> l.item().kind()).contains(ItemKind.CLEANING, ItemKind.LAYOUT);
        assertThat(preparation).filteredOn(l -> l.item().kind() == ItemKind.LAYOUT)
                .extracting(l -> l.item().guideId()).contains("table-setting-single", "podium-name-cards");
        assertThat(preparation).extracting(l -> l.item().textZh())
                .contains("话筒 1 测试", "话筒 2 测试", "话筒 3 测试", "投影仪 1 测试", "视频连线 1 测试")
                .noneMatch(t -> t.contains("无关人员") || t.contains("译员"));
        assertThat(flows.open(meeting.id(), "吕佳").templateVersion()).isEqualTo(1);
    }

    @Test
    void aSupervisorOverrideClosesAStageOverOpenItemsAndIsLoggedWithItsReason() {
        Meeting meeting = meeting(Confidentiality.ORDINARY, false);
        flows.workOrders().confirm(meeting.id(), "王主任", "吕佳");
        flows.advance(meeting.id(), "吕佳");
        int open = flows.open(meeting.id(), "吕佳").open().size();

        assertThatThrownBy(() -> flows.override(meeting.id(), "张主管", " "))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.OVERRIDE_REASON);
        assertThatThrownBy(() -> flows.override(meeting.id(), "", "临时改期"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.OVERRIDE_SUPERVISOR);
        StageChange change = flows.override(meeting.id(), "张主管", "主办方临时提前开会");

        assertThat(change.overridden()).isTrue();
        assertThat(change.openItems()).isEqualTo(open).isPositive();
        assertThat(change.changedBy()).isEqualTo("张主管");
        assertThat(flows.open(meeting.id(), "吕佳").lastOverride()).contains(change);
        assertThat(flows.stageOf(meeting.id())).isEqualTo(Stage.IN_PROGRESS);
    }

    @Test
    void inProgressNeedsAPatrolRoundAndTheNextIsDueAfterTheInterval() {
        Meeting meeting = meeting(Confidentiality.ORDINARY, false);
        flows.workOrders().confirm(meeting.id(), "王主任", "吕佳");
        flows.advance(meeting.id(), "吕佳");
        settle(meeting.id(), Stage.PREPARATION);
        flows.advance(meeting.id(), "吕佳");
        settle(meeting.id(), Stage.IN_PROGRESS);
        assertThat(flows.open(meeting.id(), "吕佳").open()).extracting(OpenItem::ruleKey).containsExactly("flow.open.patrol");

        flows.saveSettings(meeting.id(), false, 20, "吕佳");
        flows.patrol(meeting.id(), "室温正常", "吕佳");
        clock.advance(Duration.ofMinutes(25));
        flows.patrol(meeting.id(), "", "吕佳");

        FlowSnapshot now = flows.open(meeting.id(), "吕佳");
        assertThat(now.patrols()).extracting(p -> p.roundNumber()).containsExactly(1, 2);
        assertThat(now.nextPatrol()).isEqualTo(START.plus(Duration.ofMinutes(45)));
        assertThat(now.open()).isEmpty();
        flows.advance(meeting.id(), "吕佳");
        settle(meeting.id(), Stage.WRAP_UP);
        flows.advance(meeting.id(), "吕佳");
        assertThat(flows.stageOf(meeting.id())).isEqualTo(Stage.CLOSED);
        assertThatThrownBy(() -> flows.override(meeting.id(), "张主管", "再关一次"))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.ALREADY_CLOSED);
    }

    @Test
    void aClassifiedMeetingNeedsTheListApprovedAndThePhonesCountedOutAsTheyCameIn() {
        Meeting meeting = meeting(Confidentiality.CLASSIFIED, false);
        flows.workOrders().confirm(meeting.id(), "王主任", "吕佳");
        flows.advance(meeting.id(), "吕佳");
        settle(meeting.id(), Stage.PREPARATION);

        assertThat(flows.open(meeting.id(), "吕佳").linesOf(Stage.PREPARATION)).extracting(l -> l.item().textZh())
                .contains("手机存放柜就位，入场手机逐一登记");
        assertThat(flows.open(meeting.id(), "吕佳").open()).extracting(OpenItem::ruleKey)
                .containsExactly("flow.open.listApproval");
        flows.approveList(meeting.id(), "李秘书长", "吕佳");
        flows.advance(meeting.id(), "吕佳");
        settle(meeting.id(), Stage.IN_PROGRESS);
        flows.patrol(meeting.id(), "", "吕佳");
        assertThat(flows.open(meeting.id(), "吕佳").open()).extracting(OpenItem::ruleKey).containsExactly("flow.open.phonesIn");
        flows.countPhones(meeting.id(), 18, null, "吕佳");
        flows.advance(meeting.id(), "吕佳");
        settle(meeting.id(), Stage.WRAP_UP);
        flows.countPhones(meeting.id(), 18, 17, "吕佳");

        assertThat(flows.open(meeting.id(), "吕佳").open()).extracting(OpenItem::ruleKey).containsExactly("flow.open.phonesOut");
        flows.countPhones(meeting.id(), 18, 18, "吕佳");
        assertThat(flows.open(meeting.id(), "吕佳").open()).isEmpty();
    }

    @Test
    void aForeignAffairsMeetingGetsTheInterpreterAndConventionItems() {
        Meeting meeting = meeting(Confidentiality.ORDINARY, true);

        assertThat(flows.open(meeting.id(), "吕佳").linesOf(Stage.PREPARATION)).extracting(l -> l.item().textZh())
                .contains("座次按以右为尊核对", "译员座位已在布局中安排");
        assertThat(context.seatPlans().planOf(meeting.id(), true).convention())
                .isEqualTo(org.huiwu.model.seating.Convention.FOREIGN_AFFAIRS);
        assertThat(context.seatPlans().planOf(meeting.id(), false).convention())
                .isEqualTo(org.huiwu.model.seating.Convention.GOVERNMENT);
    }

    @Test
    void aRevisedTemplateIsANewVersionAndAMeetingOpenedBeforeKeepsItsOwn() {
        Meeting before = meeting(Confidentiality.ORDINARY, false);
        int itemsBefore = flows.open(before.id(), "吕佳").stageLines().size();
        List<StageTemplateItem> revised = new java.util.ArrayList<>(flows.stageLists().template());
        revised.add(new StageTemplateItem(0, UUID.randomUUID(), Stage.PREPARATION, ItemKind.CLEANING, 9, "绿植浇水",
                "Plants watered", false, org.huiwu.model.flow.AppliesTo.ALL, ""));

        int version = flows.stageLists().revise(revised, "加一项", "张主管");

        assertThat(version).isEqualTo(2);
        assertThat(flows.open(before.id(), "吕佳").templateVersion()).isEqualTo(1);
        assertThat(flows.open(before.id(), "吕佳").stageLines()).hasSize(itemsBefore);
        context.meetings().save(context.meetings().draft("新会议"));
        Meeting after = context.meetings().list().stream().filter(m -> m.title().equals("新会议")).findFirst().orElseThrow();
        FlowSnapshot fresh = flows.open(after.id(), "吕佳");
        assertThat(fresh.templateVersion()).isEqualTo(2);
        assertThat(fresh.stageLines()).extracting(l -> l.item().textZh()).contains("绿植浇水");
    }

    @Test
    void tickingWithoutANameIsRefused() {
        Meeting meeting = meeting(Confidentiality.ORDINARY, false);
        StageLine line = flows.open(meeting.id(), "吕佳").stageLines().get(0);

        assertThatThrownBy(() -> flows.stageLists().mark(meeting.id(), line.item().id(), MarkState.DONE, "", " "))
                .hasFieldOrPropertyWithValue("problem", FlowProblem.NAME_MISSING);
    }
}
