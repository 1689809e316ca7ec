package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.TemplateItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ChecklistTemplateDao} and {@link MeetingChecklistDao} on a real H2 file database built by the migrations. */
@Tag("dao")
class ChecklistDaoTest {

    private static final Instant T0 = Instant.parse("2025-03-12T01:42:07.123456Z");

    @TempDir
    Path dataDir;

    private Database database;
    private ChecklistTemplateDao template;
    private MeetingChecklistDao checklists;
    private UUID meetingId;

    @BeforeEach
    void open() {
        database = TestStores.fresh(dataDir);
        template = database.dao(ChecklistTemplateDao.class);
        checklists = database.dao(MeetingChecklistDao.class);
        Meeting meeting = Fixtures.meeting("常务会议", LocalDate.of(2025, 3, 12));
        database.dao(MeetingDao.class).save(meeting, T0);
        meetingId = meeting.id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theShippedTemplateHasBilingualItemsInEveryPhase() {
        List<TemplateItem> items = template.all();

        assertThat(items).extracting(TemplateItem::phase).contains(ChecklistPhase.values());
        assertThat(items.stream().filter(i -> i.phase() == ChecklistPhase.BEFORE)).hasSize(12);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.textZh()).isNotBlank();
            assertThat(i.textEn()).isNotBlank();
            assertThat(i.retired()).isFalse();
        });
        assertThat(items).extracting(TemplateItem::textZh).anyMatch(t -> t.contains("无线话筒"))
                .anyMatch(t -> t.contains("不摆花草"));
    }

    @Test
    void aTemplateItemIsSavedAndChangedInPlace() {
        TemplateItem item = new TemplateItem(UUID.randomUUID(), ChecklistPhase.DURING, 9, "检查国旗", "Flags checked",
                false, T0, "主管");
        template.save(item);
        template.save(item.retired(T0.plusSeconds(60), "主管"));

        TemplateItem stored = template.find(item.id()).orElseThrow();
        assertThat(stored.retired()).isTrue();
        assertThat(stored.changedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(stored.textEn()).isEqualTo("Flags checked");
    }

    @Test
    void aChecklistIsCreatedOnceWithItsItems() {
        ChecklistItem item = item(ChecklistPhase.BEFORE, 1);

        assertThat(checklists.createIfAbsent(meetingId, T0, "吕佳", List.of(item))).isTrue();
        assertThat(checklists.createIfAbsent(meetingId, T0, "吕佳", List.of(item(ChecklistPhase.BEFORE, 2)))).isFalse();

        assertThat(checklists.exists(meetingId)).isTrue();
        assertThat(checklists.items(meetingId)).containsExactly(item);
        assertThat(checklists.lastPosition(meetingId, "BEFORE")).isEqualTo(1);
        assertThat(checklists.lastPosition(meetingId, "AFTER")).isZero();
    }

    @Test
    void marksAreAppendedAndNumberedPerItem() {
        ChecklistItem item = item(ChecklistPhase.BEFORE, 1);
        checklists.createIfAbsent(meetingId, T0, "吕佳", List.of(item));

        ItemMark done = checklists.appendMark(mark(item, MarkState.DONE, ""));
        ItemMark reopened = checklists.appendMark(mark(item, MarkState.OPEN, "误勾"));

        assertThat(done.markNumber()).isEqualTo(1);
        assertThat(reopened.markNumber()).isEqualTo(2);
        assertThat(checklists.marks(meetingId)).containsExactly(done, reopened);
    }

    @Test
    void aMarkOnAnUnknownItemIsRefusedByTheDatabase() {
        checklists.createIfAbsent(meetingId, T0, "吕佳", List.of());
        ChecklistItem stranger = item(ChecklistPhase.AFTER, 1);

        assertThatThrownBy(() -> checklists.appendMark(mark(stranger, MarkState.DONE, "")))
                .isInstanceOf(RuntimeException.class);
        assertThat(checklists.marks(meetingId)).isEmpty();
    }

    @Test
    void deletingTheMeetingRemovesItsChecklist() {
        ChecklistItem item = item(ChecklistPhase.BEFORE, 1);
        checklists.createIfAbsent(meetingId, T0, "吕佳", List.of(item));
        checklists.appendMark(mark(item, MarkState.DONE, ""));

        database.dao(MeetingDao.class).delete(meetingId);

        assertThat(checklists.exists(meetingId)).isFalse();
        assertThat(checklists.marks(meetingId)).isEmpty();
    }

    private ChecklistItem item(ChecklistPhase phase, int position) {
        return new ChecklistItem(UUID.randomUUID(), meetingId, phase, position, "会场清洁", "Room cleaned", null, T0,
                "吕佳");
    }

    private ItemMark mark(ChecklistItem item, MarkState state, String note) {
        return new ItemMark(UUID.randomUUID(), meetingId, item.id(), 0, state, note, T0, "吕佳");
    }
}
