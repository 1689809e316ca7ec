package org.huiwu.logic.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meeting checklists and their template on real H2: copying, ticking, unticking, history, template edits. */
class ServiceChecklistsTest {

    private static final Instant START = Instant.parse("2025-03-12T01:00:00Z");

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(START, ZoneId.of("Asia/Shanghai"));
    private AppContext context;
    private ServiceChecklists checklists;
    private UUID meetingId;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, clock);
        checklists = context.checklists();
        meetingId = newMeeting();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private UUID newMeeting() {
        Meeting meeting = Fixtures.meeting("专题会议", LocalDate.of(2025, 3, 12));
        context.meetings().save(meeting);
        return meeting.id();
    }

    @Test
    void theFirstOpeningCopiesTheActiveTemplateItemsOnce() {
        MeetingChecklist first = checklists.open(meetingId, "吕佳");
        MeetingChecklist again = checklists.open(meetingId, "王芳");

        assertThat(first.total(ChecklistPhase.BEFORE)).isEqualTo(12);
        assertThat(first.total(ChecklistPhase.DURING)).isEqualTo(8);
        assertThat(first.total(ChecklistPhase.AFTER)).isEqualTo(8);
        assertThat(again.lines()).isEqualTo(first.lines());
        assertThat(first.of(ChecklistPhase.BEFORE)).extracting(l -> l.item().position())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(first.lines()).allSatisfy(l -> {
            assertThat(l.state()).isEqualTo(MarkState.OPEN);
            assertThat(l.item().addedBy()).isEqualTo("吕佳");
            assertThat(l.item().templateItemId()).isNotNull();
        });
    }

    @Test
    void aCopiedItemHasTheSameIdOnEveryLaptop() {
        ChecklistItem here = checklists.open(meetingId, "").lines().get(0).item();
        UUID expected = UUID.nameUUIDFromBytes((meetingId + "/checklist/" + here.templateItemId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(here.id()).isEqualTo(expected);
    }

    @Test
    void tickingRecordsWhoAndWhenAndCountsTowardsProgress() {
        ChecklistLine line = checklists.open(meetingId, "吕佳").of(ChecklistPhase.BEFORE).get(0);
        clock.advance(Duration.ofMinutes(5));

        checklists.mark(meetingId, line.item().id(), MarkState.DONE, " 已与办公室确认 ", "吕佳");
        checklists.mark(meetingId, checklists.current(meetingId).of(ChecklistPhase.BEFORE).get(1).item().id(),
                MarkState.NOT_APPLICABLE, "", "吕佳");

        MeetingChecklist now = checklists.current(meetingId);
        ItemMark mark = now.of(ChecklistPhase.BEFORE).get(0).latestMark().orElseThrow();
        assertThat(mark.state()).isEqualTo(MarkState.DONE);
        assertThat(mark.markedBy()).isEqualTo("吕佳");
        assertThat(mark.markedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(mark.note()).isEqualTo("已与办公室确认");
        assertThat(now.settled(ChecklistPhase.BEFORE)).isEqualTo(2);
        assertThat(now.settled(ChecklistPhase.DURING)).isZero();
    }

    @Test
    void untickingReopensTheItemAndKeepsEveryMark() {
        UUID item = checklists.open(meetingId, "吕佳").of(ChecklistPhase.DURING).get(0).item().id();

        checklists.mark(meetingId, item, MarkState.DONE, "", "吕佳");
        checklists.mark(meetingId, item, MarkState.OPEN, "误勾", "王芳");

        ChecklistLine line = checklists.current(meetingId).of(ChecklistPhase.DURING).get(0);
        assertThat(line.state()).isEqualTo(MarkState.OPEN);
        assertThat(line.latestMark().orElseThrow().markedBy()).isEqualTo("王芳");
        assertThat(checklists.history(meetingId)).extracting(ItemMark::state)
                .containsExactly(MarkState.DONE, MarkState.OPEN);
        assertThat(checklists.current(meetingId).settled(ChecklistPhase.DURING)).isZero();
    }

    @Test
    void anItemAddedToOneMeetingStaysThere() {
        checklists.open(meetingId, "吕佳");
        ChecklistItem added = checklists.addItem(meetingId, ChecklistPhase.AFTER, "归还借用的翻页笔", "", "吕佳");
        UUID other = newMeeting();

        assertThat(added.position()).isEqualTo(9);
        assertThat(added.templateItemId()).isNull();
        assertThat(checklists.current(meetingId).of(ChecklistPhase.AFTER)).last()
                .satisfies(l -> assertThat(l.item().textZh()).isEqualTo("归还借用的翻页笔"));
        assertThat(checklists.open(other, "吕佳").total(ChecklistPhase.AFTER)).isEqualTo(8);
    }

    @Test
    void editingTheTemplateNeverChangesAMeetingAlreadyOpened() {
        MeetingChecklist before = checklists.open(meetingId, "吕佳");
        ChecklistTemplate template = checklists.template();
        List<TemplateItem> active = template.activeItems();
        template.rename(active.get(0).id(), "改过的第一项", "Changed first item", "主管");
        template.retire(active.get(1).id(), "主管");
        template.add(ChecklistPhase.BEFORE, "检查国旗", "Flags checked", "主管");

        assertThat(checklists.current(meetingId).lines()).isEqualTo(before.lines());
        MeetingChecklist later = checklists.open(newMeeting(), "吕佳");
        assertThat(later.total(ChecklistPhase.BEFORE)).isEqualTo(12);
        assertThat(later.of(ChecklistPhase.BEFORE)).extracting(l -> l.item().textZh())
                .contains("改过的第一项", "检查国旗").doesNotContain(active.get(1).textZh());
    }

    @Test
    void reorderingMovesAnItemWithinItsPhaseAndStopsAtTheEnds() {
        ChecklistTemplate template = checklists.template();
        List<TemplateItem> during = template.activeItems().stream()
                .filter(i -> i.phase() == ChecklistPhase.DURING).toList();

        template.move(during.get(2).id(), -1, "主管");
        template.move(during.get(0).id(), -1, "主管");

        List<TemplateItem> moved = template.activeItems().stream()
                .filter(i -> i.phase() == ChecklistPhase.DURING).toList();
        assertThat(moved).extracting(TemplateItem::id).startsWith(during.get(0).id(), during.get(2).id(),
                during.get(1).id());
        assertThat(moved).extracting(TemplateItem::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() {
        checklists.open(meetingId, "吕佳");
        UUID item = checklists.current(meetingId).lines().get(0).item().id();

        assertThatThrownBy(() -> checklists.addItem(meetingId, ChecklistPhase.BEFORE, "  ", "", "吕佳"))
                .isInstanceOfSatisfying(ChecklistRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChecklistProblem.TEXT_MISSING));
        assertThatThrownBy(() -> checklists.mark(meetingId, item, MarkState.DONE, "x".repeat(501), "吕佳"))
                .isInstanceOfSatisfying(ChecklistRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChecklistProblem.TEXT_TOO_LONG));
        assertThatThrownBy(() -> checklists.mark(meetingId, UUID.randomUUID(), MarkState.DONE, "", "吕佳"))
                .isInstanceOfSatisfying(ChecklistRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChecklistProblem.NOT_FOUND));
        TemplateItem retired = checklists.template().retire(checklists.template().activeItems().get(0).id(), "主管");
        assertThatThrownBy(() -> checklists.template().rename(retired.id(), "新", "", "主管"))
                .isInstanceOfSatisfying(ChecklistRejectedException.class,
                        e -> assertThat(e.problem()).isEqualTo(ChecklistProblem.RETIRED));

        assertThat(checklists.history(meetingId)).isEmpty();
        assertThat(checklists.current(meetingId).lines()).hasSize(28);
    }
}
