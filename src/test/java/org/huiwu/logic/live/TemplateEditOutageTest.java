package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.checklists.ChecklistRejectedException;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingChecklistDao;
import org.junit.jupiter.api.Test;

/**
 * The supervisor's checklist template edited during a venue-server outage (decision 0045), on real H2 with a
 * simulated cut ({@link H2Outage}). Before 0045 every edit failed with the storage message. Now an item added,
 * renamed, moved and retired shows at once in the editor's lines, a meeting's first checklist opened offline copies the
 * template as shown, and each edit is sent once, in order; an edit over an item the other laptop changed the same
 * field of is refused, counted, and the stored template shown; one over another field is merged. An attendant's login
 * is refused offline as the server last said, and a right lost meanwhile keeps the edit out when sent.
 */
class TemplateEditOutageTest extends OutageCase {

    @Test
    void templateEditsShowAtOnceAreCopiedToAFirstChecklistAndArriveOnceInOrder() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = UUID.randomUUID();
            store.dao(org.huiwu.persistence.MeetingDao.class).save(org.huiwu.model.Meeting.blank(meeting,
                    "模板改过后才开清单的会议", java.time.LocalDate.of(2026, 11, 27)), clock.instant());
            ChecklistTemplate template = new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            ServiceChecklists checklists = new ServiceChecklists(outage.dao(MeetingChecklistDao.class), template,
                    clock, UUID::randomUUID, outage.offline()::holding);
            List<TemplateLine<ChecklistPhase>> before = template.lines(ChecklistPhase.BEFORE);
            UUID first = before.get(0).id();
            UUID second = before.get(1).id();
            UUID third = before.get(2).id();

            outage.cut();
            UUID added = template.addLine(ChecklistPhase.BEFORE, "断网时新增：核对桌签", "Check name cards", "领班");
            template.renameLine(first, "断网时改名", "Renamed offline", "领班");
            template.moveLine(third, -1, "领班");
            template.retireLine(second, "领班");
            List<TemplateLine<ChecklistPhase>> shown = template.lines(ChecklistPhase.BEFORE);
            assertThat(shown).as("shown at once in the editor, in the order made").extracting(TemplateLine::id)
                    .startsWith(first, third).contains(added).doesNotContain(second);
            assertThat(shown.get(0).textZh()).isEqualTo("断网时改名");
            assertThat(outage.outbox().size()).isEqualTo(4);

            List<ChecklistItem> copied = checklists.open(meeting, "值班员").lines().stream().map(ChecklistLine::item)
                    .filter(i -> i.phase() == ChecklistPhase.BEFORE).toList();
            assertThat(copied).as("a first checklist made offline copies the template as this laptop shows it")
                    .extracting(ChecklistItem::templateItemId).startsWith(first, third).contains(added)
                    .doesNotContain(second);
            assertThat(copied.get(0).textZh()).isEqualTo("断网时改名");

            outage.restore();
            assertThat(outage.send()).isEqualTo(5);
            ChecklistTemplate server = new ChecklistTemplate(store.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            assertThat(server.lines(ChecklistPhase.BEFORE)).as("stored as shown")
                    .extracting(TemplateLine::id, TemplateLine::textZh).containsExactlyElementsOf(shown.stream()
                            .map(l -> org.assertj.core.groups.Tuple.tuple(l.id(), l.textZh())).toList());
            assertThat(store.dao(MeetingChecklistDao.class).items(meeting)).extracting(ChecklistItem::templateItemId)
                    .contains(added).doesNotContain(second);
            assertThat(outage.keptElsewhere()).isZero();
            assertThat(outage.send()).as("nothing sent twice").isZero();
        }
    }

    @Test
    void anEditOverAFieldChangedElsewhereIsRefusedAndCountedAndOneOverAnotherFieldMerged() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            ChecklistTemplate template = new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            ChecklistTemplate other = new ChecklistTemplate(store.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            List<TemplateLine<ChecklistPhase>> during = template.lines(ChecklistPhase.DURING);
            UUID clashed = during.get(0).id();
            UUID merged = during.get(2).id();

            outage.cut();
            template.renameLine(clashed, "本机的说法", "", "领班甲");
            template.renameLine(merged, "本机改的文字", "Mine", "领班甲");
            other.renameLine(clashed, "对方的说法", "", "领班乙");
            other.moveLine(merged, -1, "领班乙");
            outage.restore();

            assertThat(outage.send()).isEqualTo(2);
            assertThat(outage.keptElsewhere()).as("the clash is counted").isEqualTo(1);
            assertThat(outage.keptNames()).as("named to the attendant (decision 0048)").containsExactly("本机的说法");
            List<TemplateLine<ChecklistPhase>> stored = template.lines(ChecklistPhase.DURING);
            assertThat(stored).as("the stored template shown: theirs kept, the other edit merged over their move")
                    .extracting(TemplateLine::id, TemplateLine::textZh).contains(
                            org.assertj.core.groups.Tuple.tuple(clashed, "对方的说法"),
                            org.assertj.core.groups.Tuple.tuple(merged, "本机改的文字"));
            assertThat(stored.get(1).id()).as("their move kept").isEqualTo(merged);
        }
    }

    @Test
    void anAttendantsLoginIsRefusedOfflineAndARightLostMeanwhileKeepsTheEditOut() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            ChecklistTemplate attendant = new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class,
                    noSupervisor(store.dao(ChecklistTemplateDao.class))), clock, UUID::randomUUID);
            UUID item = attendant.lines(ChecklistPhase.AFTER).get(0).id();
            outage.cut();
            assertThatThrownBy(() -> attendant.renameLine(item, "服务人员改的", "", "张敏"))
                    .as("refused as the server last said, in the user's language, nothing queued")
                    .isInstanceOf(ChecklistRejectedException.class)
                    .extracting(e -> ((ChecklistRejectedException) e).problem().messageKey())
                    .isEqualTo("checklist.problem.supervisorOnly");
            assertThat(outage.outbox().size()).isZero();
            outage.restore();
            assertThat(outage.send()).isZero();

            ChecklistTemplate supervisor = new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            supervisor.lines(ChecklistPhase.AFTER);
            outage.cut();
            supervisor.renameLine(item, "领班断网时改的", "", "吕佳");
            assertThat(outage.outbox().size()).isEqualTo(1);
            outage.restore();
            OutboxSender sender = new OutboxSender(outage.outbox(), tap -> { }, null, null, null,
                    org.huiwu.persistence.OfflineDaos::unreachable, java.util.Map.of(
                            org.huiwu.model.live.QueuedRecord.KIND_TEMPLATE_EDIT,
                            new org.huiwu.logic.checklists.ChecklistTemplateReplay(
                                    noSupervisor(store.dao(ChecklistTemplateDao.class)))));
            assertThat(sender.send()).isEqualTo(1);
            assertThat(sender.takeKeptElsewhere()).as("kept out when sent, counted").isEqualTo(1);
            assertThat(store.dao(ChecklistTemplateDao.class).find(item)).get().extracting(TemplateItem::textZh)
                    .isNotEqualTo("领班断网时改的");
        }
    }

    @Test
    void aLoginWhoseRightsThisLaptopNeverLearntIsRefusedOfflineSayingWhy() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            ChecklistTemplate template = new ChecklistTemplate(outage.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            UUID item = template.activeItems().get(0).id();
            outage.cut();
            assertThat(template.lines(ChecklistPhase.BEFORE)).as("the editor still shows the items").isNotEmpty();
            assertThatThrownBy(() -> template.renameLine(item, "没问过权限时改的", "", "张敏"))
                    .isInstanceOf(ChecklistRejectedException.class)
                    .extracting(e -> ((ChecklistRejectedException) e).problem().messageKey())
                    .isEqualTo("checklist.problem.roleUnknown");
            assertThat(outage.outbox().size()).isZero();
        }
    }

    /** The store's template DAO as a login without the supervisor's rights sees it. */
    static ChecklistTemplateDao noSupervisor(ChecklistTemplateDao real) {
        return (ChecklistTemplateDao) Proxy.newProxyInstance(ChecklistTemplateDao.class.getClassLoader(),
                new Class<?>[] {ChecklistTemplateDao.class}, (proxy, method, args) -> {
                    if (method.getName().equals("mayChange")) {
                        return false;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
