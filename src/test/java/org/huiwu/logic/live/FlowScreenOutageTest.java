package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.StageLists;
import org.huiwu.logic.flow.StageTemplate;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingFlowDao;
import org.huiwu.persistence.StageListDao;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.TemplateEditorViewModel;
import org.huiwu.ui.common.ViewModelFixture;
import org.huiwu.ui.flow.FlowScreen;
import org.huiwu.ui.flow.FlowTexts;
import org.junit.jupiter.api.Test;

/**
 * The flow tab's stage checklist template editor ({@link FlowScreen}) through a venue-server outage (decision 0048),
 * on real H2 with a simulated cut ({@link H2Outage}) and no FX toolkit: a rename made in the open editor during the
 * cut shows at once; another laptop stores a version meanwhile, so ours is refused when the queue is sent; when the
 * live poll then tells the open meeting of the refusal ({@code OpenMeeting.queuedRefused}, as {@code LiveUpdates}
 * does), the open editor reads the template again and shows the stored version, not the refused one — and does not
 * take the refused text still in its form for one typed and save it over the other laptop's version.
 */
class FlowScreenOutageTest extends OutageCase {

    @Test
    void theOpenStageTemplateEditorShowsTheStoredTemplateAfterOurVersionIsRefused() {
        try (ViewModelFixture fx = new ViewModelFixture(dataDir);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID sample = fx.context.sampleMeeting().ensure();
            Meeting meeting = fx.context.meetings().list().stream().filter(m -> m.id().equals(sample)).findFirst()
                    .orElseThrow();
            MeetingFlows flows = new MeetingFlows(store.dao(MeetingFlowDao.class), fx.context.meetings(),
                    fx.context.meetingFlows().workOrders(),
                    new StageLists(outage.dao(StageListDao.class), clock, UUID::randomUUID), fx.context.checklists(),
                    clock, UUID::randomUUID);
            Attendant attendant = new Attendant();
            attendant.nameProperty().set("张主管");
            FlowScreen screen = new FlowScreen(new FlowScreen.Services(flows, fx.context.checklists(), fx.runner,
                    new FlowTexts(fx.i18n, fx.failures, clock.getZone()), guide -> { }, (id, file) -> { }, fx.dialogs),
                    fx.state, attendant, fx.i18n);
            fx.state.currentMeetingProperty().set(meeting);
            StageTemplate other = new StageLists(store.dao(StageListDao.class), clock, UUID::randomUUID).editor();
            TemplateEditorViewModel<StageGroup> editor = screen.template();
            editor.reload(null);
            TemplateLine<StageGroup> first = editor.items().get(0);
            TemplateLine<StageGroup> second = editor.items().get(1);
            String before = editor.versionProperty().get();

            outage.cut();
            editor.selectedProperty().set(first);
            editor.textZhProperty().set("本机断网时的说法");
            editor.rename();
            assertThat(editor.items()).as("shown at once").extracting(TemplateLine::textZh).contains("本机断网时的说法");
            assertThat(fx.dialogs.errors()).as("no storage message").isEmpty();
            clock.advance(Duration.ofSeconds(1));
            other.renameLine(second.id(), "对方电脑的说法", "", "王主管");
            int theirs = other.version();

            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            assertThat(outage.keptElsewhere()).as("ours refused").isEqualTo(1);
            assertThat(editor.items()).as("still as shown until told").extracting(TemplateLine::textZh)
                    .contains("本机断网时的说法");
            fx.state.openMeeting().queuedRefused(sample);
            assertThat(editor.items()).as("the stored template shown").extracting(TemplateLine::textZh)
                    .contains("对方电脑的说法").doesNotContain("本机断网时的说法");
            assertThat(editor.versionProperty().get()).isNotEqualTo(before);
            assertThat(store.dao(StageListDao.class).latestVersion()).as("the refused text not saved over theirs")
                    .isEqualTo(theirs);
            assertThat(outage.outbox().size()).isZero();
            assertThat(editor.selectedProperty().get()).as("the same line kept selected")
                    .extracting(TemplateLine::id).isEqualTo(first.id());
        }
    }
}
