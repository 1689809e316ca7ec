package org.huiwu.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work order form and the stages on real H2 without a toolkit: what is typed in the form survives a
 * tick on the stages tab, fruit at a working meeting is refused with the rule named and the typing kept,
 * and a double-checked save clears the confirmation.
 */
class WorkOrderViewModelTest {

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AppContext context;
    private FlowViewModel flow;
    private WorkOrderViewModel order;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, clock);
        context.sampleMeeting().ensure();
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        AppState state = new AppState();
        Attendant attendant = Attendant.remembered(context.preferences(), runner);
        attendant.nameProperty().set("吕佳");
        FlowTexts texts = new FlowTexts(i18n, new FailureMessages(i18n, Database::problemOf), clock.getZone());
        flow = new FlowViewModel(context.meetingFlows(), context.checklists(), state, attendant, runner, texts);
        order = new WorkOrderViewModel(context.meetingFlows().workOrders(), flow, attendant, runner, texts);
        flow.activeProperty().set(true);
        state.currentMeetingProperty().set(context.meetings().find(SampleMeeting.ID).orElseThrow());
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void typingInTheFormSurvivesATickOnTheStagesTab() {
        assertThat(order.confirmation.get()).startsWith("已与");
        order.specialNeeds.set("需要翻译耳机");

        flow.viewedProperty().set(org.huiwu.model.flow.Stage.IN_PROGRESS);
        flow.toggle(flow.lines().get(0));

        assertThat(order.specialNeeds.get()).isEqualTo("需要翻译耳机");
    }

    @Test
    void fruitIsRefusedWithTheRuleNamedAndTheTypingKept() {
        order.fruit.set(true);
        order.specialNeeds.set("水果拼盘");

        order.commit();

        assertThat(order.message.get()).contains("工作会议不摆放水果", "会议费管理办法");
        assertThat(order.specialNeeds.get()).isEqualTo("水果拼盘");
        assertThat(context.meetingFlows().workOrders().of(SampleMeeting.ID).orElseThrow().fruit()).isFalse();
    }

    @Test
    void aSavedChangeClearsTheConfirmation() {
        order.projectors.set("2");

        order.commit();

        assertThat(order.confirmation.get()).isEqualTo("尚未与主办方确认");
        assertThat(context.meetingFlows().workOrders().of(SampleMeeting.ID).orElseThrow().projectors()).isEqualTo(2);
    }
}
