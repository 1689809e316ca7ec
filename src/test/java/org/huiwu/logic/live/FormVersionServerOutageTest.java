package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.flow.StageLists;
import org.huiwu.logic.flow.StageTemplate;
import org.huiwu.logic.staff.Assessments;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.model.flow.AppliesTo;
import org.huiwu.model.flow.ItemKind;
import org.huiwu.model.flow.Stage;
import org.huiwu.model.flow.StageGroup;
import org.huiwu.model.flow.StageTemplateItem;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.AssessmentTemplate;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.StageListDao;
import org.huiwu.persistence.TestStores;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0048's stage checklist template and assessment form on PostgreSQL, the network to the shared test server
 * cut by a {@link LoopbackForwarder} ({@link TeaRoundServerOutageTest}'s way), through the app's own services: a
 * version made during a cut is shown at once and stored once when the server is back; in a second cut another laptop
 * stores a version first, and ours is refused whole, counted, never written over theirs, and the stored one is what
 * the laptop then shows. The version is named by its number and the instant the server stored, which PostgreSQL
 * keeps to the microsecond. Tagged {@code dao}: needs the PostgreSQL test server.
 */
@Tag("dao")
class FormVersionServerOutageTest {

    private static final StageGroup CLEANING = new StageGroup(Stage.PREPARATION, ItemKind.CLEANING, AppliesTo.ALL);

    @TempDir
    Path laptop;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void aStageTemplateVersionIsSentOnceAndOneStoredElsewhereRefusesOurs() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = open(server, network);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            StageTemplate editor = context.meetingFlows().stageLists().editor();
            StageTemplate other = new StageLists(venue.dao(StageListDao.class), clock, UUID::randomUUID).editor();
            StageListDao stored = venue.dao(StageListDao.class);
            int version = editor.version();
            List<TemplateLine<StageGroup>> lines = editor.lines(CLEANING);

            network.cut();
            clock.advance(Duration.ofSeconds(1));
            editor.renameLine(lines.get(0).id(), "断网时改的保洁事项", "", "张主管");
            assertThat(editor.version()).as("shown at once").isEqualTo(version + 1);
            assertThat(context.queuedRecords()).isEqualTo(1);
            network.restore();
            assertThat(sendAll(context)).isEqualTo(1);
            assertThat(stored.latestVersion()).isEqualTo(version + 1);
            assertThat(stored.templateItems(version + 1)).extracting(StageTemplateItem::textZh).contains("断网时改的保洁事项");
            assertThat(context.checkInsKeptElsewhere()).isZero();
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(stored.latestVersion()).isEqualTo(version + 1);

            assertThat(editor.lines(CLEANING)).as("read again before the next cut").extracting(TemplateLine::textZh)
                    .contains("断网时改的保洁事项");
            network.cut();
            clock.advance(Duration.ofSeconds(1));
            editor.renameLine(lines.get(1).id(), "本机的说法", "", "张主管");
            clock.advance(Duration.ofSeconds(1));
            other.renameLine(lines.get(2).id(), "对方的说法", "", "王主管");
            network.restore();
            assertThat(sendAll(context)).isEqualTo(1);
            assertThat(context.checkInsKeptElsewhere()).as("ours refused, counted").isEqualTo(1);
            assertThat(stored.latestVersion()).as("never overwritten").isEqualTo(version + 2);
            assertThat(stored.templateItems(version + 2)).extracting(StageTemplateItem::textZh)
                    .contains("对方的说法").doesNotContain("本机的说法");
            assertThat(editor.lines(CLEANING)).as("the stored template shown").extracting(TemplateLine::textZh)
                    .contains("对方的说法").doesNotContain("本机的说法");
        }
    }

    @Test
    void anAssessmentFormVersionIsSentOnceAndOneSavedElsewhereRefusesOurs() throws Exception {
        DatabaseServer server = TestStores.freshServer();
        try (LoopbackForwarder network = OutboxOutageTest.forwarderTo(server);
                AppContext context = open(server, network);
                Database venue = Database.open(server, Duration.ZERO, () -> { }, null)) {
            Assessments forms = context.staff().assessments();
            Assessments other = new Assessments(venue.dao(AssessmentDao.class), clock, UUID::randomUUID);
            AssessmentDao stored = venue.dao(AssessmentDao.class);
            AssessmentTemplate read = forms.template();

            network.cut();
            clock.advance(Duration.ofSeconds(1));
            AssessmentTemplate mine = forms.saveTemplate(with(read, "断网时新增：仪容仪表"), "张主管");
            assertThat(forms.template()).as("shown at once").isEqualTo(mine);
            assertThat(context.queuedRecords()).isEqualTo(1);
            network.restore();
            assertThat(sendAll(context)).isEqualTo(1);
            assertThat(stored.current()).isEqualTo(mine);
            assertThat(context.checkInsKeptElsewhere()).isZero();
            assertThat(context.sendQueuedTaps()).as("nothing is sent twice").isZero();
            assertThat(stored.latestVersion()).contains(mine.version());

            assertThat(forms.template()).as("read again before the next cut").isEqualTo(mine);
            network.cut();
            clock.advance(Duration.ofSeconds(1));
            forms.saveTemplate(with(mine, "本机再增"), "张主管");
            clock.advance(Duration.ofSeconds(1));
            AssessmentTemplate theirs = other.saveTemplate(with(mine, "对方新增"), "王主管");
            network.restore();
            assertThat(sendAll(context)).isEqualTo(1);
            assertThat(context.checkInsKeptElsewhere()).as("ours refused, counted").isEqualTo(1);
            assertThat(stored.current()).as("never overwritten").isEqualTo(theirs);
            assertThat(forms.template()).as("the stored form shown").isEqualTo(theirs);
        }
    }

    private AppContext open(DatabaseServer server, LoopbackForwarder network) {
        return AppContext.open(laptop, clock, OutboxOutageTest.through(server, network), Duration.ZERO, () -> { },
                null);
    }

    /** Sends until nothing waits, as the live poll does while the pool finds the server again. */
    static int sendAll(AppContext context) {
        int sent = 0;
        for (int attempt = 0; attempt < 20 && context.queuedRecords() > 0; attempt++) {
            sent += context.sendQueuedTaps();
        }
        return sent;
    }

    static List<AssessmentItem> with(AssessmentTemplate form, String label) {
        List<AssessmentItem> items = new ArrayList<>(form.items());
        items.add(new AssessmentItem(label, "", 5));
        return items;
    }
}
