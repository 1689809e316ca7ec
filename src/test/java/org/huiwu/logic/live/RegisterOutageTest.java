package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0045 on PostgreSQL, in {@link MixedOutageTest}'s style (the network to the shared test server cut by a
 * {@link LoopbackForwarder}, the app's own services): the checklist template's edits (an item renamed, one added, one
 * renamed while the other laptop renamed it too) and the left-items register (an item found and handed over, one
 * stored before the cut returned) show on the laptop at once and reach the server once and in the order made; the
 * template clash keeps the other laptop's text and is counted on the status bar; sending again stores nothing twice.
 * Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class RegisterOutageTest {

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void templateEditsAndLeftItemsArriveOnceAndInOrderAndATemplateClashIsCounted() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = AppContext.open(laptop, clock, OutboxOutageTest.through(server, network),
                        Duration.ZERO, () -> { }, null);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            UUID meeting = context.sampleMeeting().ensure();
            ChecklistTemplate template = context.checklists().template();
            ChecklistTemplate other = new ChecklistTemplate(venue.dao(ChecklistTemplateDao.class), clock,
                    UUID::randomUUID);
            List<TemplateLine<ChecklistPhase>> before = template.lines(ChecklistPhase.BEFORE);
            var register = context.incidents().leftItems();
            LeftItem stored = register.register(meeting, "蓝色水杯", "3排8号", "", "张敏");
            int storedItems = register.ofMeeting(meeting).size();
            int templateSize = venue.dao(ChecklistTemplateDao.class).all().size();

            network.cut();
            template.renameLine(before.get(0).id(), "断网时改的会前事项", "Renamed offline", "领班");
            clock.advance(Duration.ofSeconds(2));
            UUID added = template.addLine(ChecklistPhase.BEFORE, "断网时新增：核对桌签", "", "领班");
            clock.advance(Duration.ofSeconds(2));
            template.renameLine(before.get(1).id(), "本机的说法", "", "领班");
            other.renameLine(before.get(1).id(), "对方的说法", "", "另一位领班");
            LeftItem found = register.register(meeting, "黑色公文包", "休息室", "", "张敏");
            clock.advance(Duration.ofSeconds(2));
            register.handOver(found.id(), "前台");
            register.markReturned(stored.id(), "王先生");

            assertThat(context.queuedRecords()).as("three template edits, three register lines").isEqualTo(6);
            assertThat(template.lines(ChecklistPhase.BEFORE)).as("the template editor shows them at once")
                    .extracting(TemplateLine::textZh).contains("断网时改的会前事项", "断网时新增：核对桌签", "本机的说法");
            assertThat(register.ofMeeting(meeting)).as("the register shows them at once")
                    .extracting(LeftItem::what, LeftItem::handedTo, LeftItem::returnedTo)
                    .contains(tuple("蓝色水杯", "", "王先生"), tuple("黑色公文包", "前台", ""));

            network.restore();
            int sent = 0;
            for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
                sent += context.sendQueuedTaps();
            }
            assertThat(sent).isEqualTo(6);
            ChecklistTemplateDao templates = venue.dao(ChecklistTemplateDao.class);
            assertThat(templates.all()).hasSize(templateSize + 1);
            assertThat(templates.find(before.get(0).id())).get().extracting(TemplateItem::textZh)
                    .isEqualTo("断网时改的会前事项");
            assertThat(templates.find(added)).isPresent();
            assertThat(templates.find(before.get(1).id())).get().extracting(TemplateItem::textZh)
                    .as("the clash keeps theirs").isEqualTo("对方的说法");
            assertThat(venue.dao(LeftItemDao.class).ofMeeting(meeting)).hasSize(storedItems + 1)
                    .extracting(LeftItem::what, LeftItem::handedTo, LeftItem::returnedTo)
                    .contains(tuple("蓝色水杯", "", "王先生"), tuple("黑色公文包", "前台", ""));
            assertThat(context.checkInsKeptElsewhere()).as("the template clash counted").isEqualTo(1);
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(template.lines(ChecklistPhase.BEFORE)).as("the stored template shown")
                    .extracting(TemplateLine::textZh).contains("对方的说法").doesNotContain("本机的说法");
        }
    }
}
