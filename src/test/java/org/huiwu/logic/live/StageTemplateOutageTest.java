package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.flow.FlowProblem;
import org.huiwu.logic.flow.FlowRejectedException;
import org.huiwu.logic.flow.StageLists;
import org.huiwu.logic.flow.StageTemplate;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.flow.AppliesTo;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.StageListDao;
import org.junit.jupiter.api.Test;

/**
 * The flow's stage checklist template (K, L, N, R) edited during a venue-server outage (decision 0048), on real H2
 * with a simulated cut ({@link H2Outage}): a supervisor's rename and an added item queue as two new versions, show in
 * the editor at once and are sent once, in order; a version another laptop stored meanwhile refuses both, counted, and
 * the stored template is shown; an attendant's login is refused offline from the grants last read, nothing queued.
 * Before 0048 the first edit failed as unreachable.
 */
class StageTemplateOutageTest extends OutageCase {

    private static final StageGroup CLEANING = new StageGroup(Stage.PREPARATION, ItemKind.CLEANING, AppliesTo.ALL);

    @Test
    void twoVersionsMadeDuringTheCutShowAtOnceAndAreStoredOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StageTemplate editor = new StageLists(outage.dao(StageListDao.class), clock, UUID::randomUUID).editor();
            int version = editor.version();
            TemplateLine<StageGroup> first = editor.lines(CLEANING).get(0);

            outage.cut();
            editor.renameLine(first.id(), "断网时改的保洁事项", "Renamed offline", "张主管");
            UUID added = editor.addLine(CLEANING, "断网时新增：饮水机清洁", "", "张主管");
            assertThat(editor.version()).as("shown at once").isEqualTo(version + 2);
            assertThat(editor.lines(CLEANING)).extracting(TemplateLine::textZh)
                    .contains("断网时改的保洁事项", "断网时新增：饮水机清洁");
            assertThat(outage.outbox().size()).isEqualTo(2);

            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            StageListDao stored = store.dao(StageListDao.class);
            assertThat(stored.latestVersion()).isEqualTo(version + 2);
            assertThat(stored.templateItems(version + 1)).extracting(StageTemplateItem::textZh)
                    .contains("断网时改的保洁事项").doesNotContain("断网时新增：饮水机清洁");
            assertThat(stored.templateItems(version + 2)).extracting(StageTemplateItem::id).contains(added);
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(stored.latestVersion()).isEqualTo(version + 2);
        }
    }

    @Test
    void aVersionStoredElsewhereMeanwhileRefusesTheQueuedOnesAndIsShown() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StageTemplate editor = new StageLists(outage.dao(StageListDao.class), clock, UUID::randomUUID).editor();
            StageTemplate other = new StageLists(store.dao(StageListDao.class), clock, UUID::randomUUID).editor();
            int version = editor.version();
            var lines = editor.lines(CLEANING);

            outage.cut();
            editor.renameLine(lines.get(0).id(), "本机的说法", "", "张主管");
            clock.advance(java.time.Duration.ofSeconds(1));
            editor.renameLine(lines.get(1).id(), "本机的第二处修改", "", "张主管");
            other.renameLine(lines.get(2).id(), "对方的说法", "", "王主管");

            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            assertThat(outage.keptElsewhere()).as("both refused, counted").isEqualTo(2);
            StageListDao stored = store.dao(StageListDao.class);
            assertThat(stored.latestVersion()).as("never overwritten").isEqualTo(version + 1);
            assertThat(editor.lines(CLEANING)).as("the stored template shown").extracting(TemplateLine::textZh)
                    .contains("对方的说法").doesNotContain("本机的说法", "本机的第二处修改");
        }
    }

    @Test
    void anAttendantsLoginIsRefusedOfflineAndNothingQueues() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            StageListDao real = store.dao(StageListDao.class);
            StageListDao attendant = (StageListDao) Proxy.newProxyInstance(StageListDao.class.getClassLoader(),
                    new Class<?>[] {StageListDao.class}, (proxy, method, args) -> method.getName().equals("mayChange")
                            ? Boolean.FALSE : method.invoke(real, args));
            StageTemplate editor = new StageLists(outage.dao(StageListDao.class, attendant), clock, UUID::randomUUID)
                    .editor();
            UUID id = editor.lines(CLEANING).get(0).id();

            outage.cut();
            assertThatThrownBy(() -> editor.renameLine(id, "服务人员改的", "", "吕佳"))
                    .isInstanceOfSatisfying(FlowRejectedException.class,
                            e -> assertThat(e.problem()).isEqualTo(FlowProblem.SUPERVISOR_ONLY));
            assertThat(outage.outbox().size()).isZero();
        }
    }
}
