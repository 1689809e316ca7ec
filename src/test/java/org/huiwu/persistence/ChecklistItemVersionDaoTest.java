package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.ItemMark;
import org.huiwu.model.checklists.MarkState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checklist item's texts are version-checked (decision 0031) with two stores on one database: an edit from an
 * older version writes nothing; ticks (marks) are only inserted and never conflict, whichever laptop makes them.
 * Real migrations, H2 and PostgreSQL.
 */
@Tag("dao")
class ChecklistItemVersionDaoTest {

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;
    private ChecklistItem item;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "检查清单", LocalDate.of(2026, 12, 7));
        laptopA.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        item = new ChecklistItem(UUID.randomUUID(), meeting.id(), ChecklistPhase.values()[0], 1, "摆放席卡", "",
                null, Instant.parse("2026-12-07T01:00:00Z"), "张敏");
        laptopA.dao(MeetingChecklistDao.class).createIfAbsent(meeting.id(), Instant.EPOCH, "张敏", List.of(item));
    }

    @AfterEach
    void close() {
        if (laptopB != null) {
            laptopB.close();
        }
        if (laptopA != null) {
            laptopA.close();
        }
    }

    @Test
    void anItemTextEditFromAnOlderVersionWritesNothing() {
        MeetingChecklistDao a = laptopA.dao(MeetingChecklistDao.class);
        MeetingChecklistDao b = laptopB.dao(MeetingChecklistDao.class);
        int read = b.findItemVersioned(item.id()).orElseThrow().version();

        assertThat(a.saveTextAtVersion(withText("摆放席卡（双面）"), read)).isTrue();
        assertThat(b.saveTextAtVersion(withText("摆放席卡和茶杯"), read)).isFalse();

        Versioned<ChecklistItem> stored = b.findItemVersioned(item.id()).orElseThrow();
        assertThat(stored.record().textZh()).isEqualTo("摆放席卡（双面）");
        assertThat(stored.version()).isEqualTo(read + 1);
    }

    @Test
    void ticksFromBothLaptopsAreAllKept() {
        laptopA.dao(MeetingChecklistDao.class).appendMark(mark("张敏"));
        laptopB.dao(MeetingChecklistDao.class).appendMark(mark("李娜"));

        assertThat(laptopA.dao(MeetingChecklistDao.class).marks(item.meetingId()))
                .extracting(ItemMark::markedBy).containsExactlyInAnyOrder("张敏", "李娜");
    }

    private ChecklistItem withText(String zh) {
        return new ChecklistItem(item.id(), item.meetingId(), item.phase(), item.position(), zh, item.textEn(),
                item.templateItemId(), item.addedAt(), item.addedBy());
    }

    private ItemMark mark(String by) {
        return new ItemMark(UUID.randomUUID(), item.meetingId(), item.id(), 0, MarkState.values()[0], "",
                Instant.parse("2026-12-07T01:10:00Z"), by);
    }
}
