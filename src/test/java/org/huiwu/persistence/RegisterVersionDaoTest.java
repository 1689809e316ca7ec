package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.incidents.LeftItem;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checklist template items, left items, people and posts are written only over the row as the editor saw it, at the
 * version read in the write's own transaction (decision 0050), with two stores on one database: the second laptop's
 * write from the older read is refused and writes nothing (a multi-item write none of it); every write counts a new
 * version. Real migrations, H2 and PostgreSQL.
 */
@Tag("dao")
class RegisterVersionDaoTest {

    private static final Instant T = Instant.parse("2026-12-08T01:00:00Z");
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 8, 1, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
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
    void aTemplateEditFromAnOlderReadWritesNothingNotEvenItsOtherItems() {
        ChecklistTemplateDao a = laptopA.dao(ChecklistTemplateDao.class);
        ChecklistTemplateDao b = laptopB.dao(ChecklistTemplateDao.class);
        List<TemplateItem> phase = b.all().stream().filter(i -> i.phase() == ChecklistPhase.values()[0]).toList();
        TemplateItem first = phase.get(0);
        TemplateItem second = phase.get(1);
        int read = b.findVersioned(first.id()).orElseThrow().version();

        a.saveAllFrom(List.of(first), List.of(first.renamed("摆放席卡（A）", "", T, "张敏")));
        assertThatThrownBy(() -> b.saveAllFrom(List.of(second, first),
                List.of(second.at(first.position(), T, "李娜"), first.at(second.position(), T, "李娜"))))
                .isInstanceOf(ConcurrentChangeException.class);

        Versioned<TemplateItem> stored = b.findVersioned(first.id()).orElseThrow();
        assertThat(stored.record().textZh()).isEqualTo("摆放席卡（A）");
        assertThat(stored.record().position()).isEqualTo(first.position());
        assertThat(stored.version()).isEqualTo(read + 1);
        assertThat(b.find(second.id()).orElseThrow()).isEqualTo(second);
        b.saveAllFrom(List.of(stored.record()), List.of(stored.record().renamed("摆放席卡（B）", "", T, "李娜")));
        assertThat(a.findVersioned(first.id()).orElseThrow().version()).isEqualTo(read + 2);
        a.save(stored.record());
        assertThat(a.findVersioned(first.id()).orElseThrow().version()).isEqualTo(read + 3);
    }

    @Test
    void aLeftItemHandOverFromAnOlderReadWritesNothing() {
        Meeting meeting = Meeting.blank(UUID.randomUUID(), "遗留物品", LocalDate.of(2026, 12, 8));
        laptopA.dao(MeetingDao.class).save(meeting, Instant.EPOCH);
        LeftItem found = new LeftItem(UUID.randomUUID(), meeting.id(), "蓝色水杯", "2排3号", "", T, "张敏", "", null,
                "", null);
        LeftItemDao a = laptopA.dao(LeftItemDao.class);
        LeftItemDao b = laptopB.dao(LeftItemDao.class);
        a.saveFrom(null, found);
        LeftItem seen = b.find(found.id()).orElseThrow();

        a.saveFrom(seen, seen.handedTo("前台", T.plusSeconds(60)));
        assertThatThrownBy(() -> b.saveFrom(seen, seen.handedTo("会务组", T.plusSeconds(90))))
                .isInstanceOf(ConcurrentChangeException.class);

        Versioned<LeftItem> stored = b.findVersioned(found.id()).orElseThrow();
        assertThat(stored.record().handedTo()).isEqualTo("前台");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aPersonsEditFromAnOlderReadWritesNothing() {
        StaffDao a = laptopA.dao(StaffDao.class);
        StaffDao b = laptopB.dao(StaffDao.class);
        StaffMember person = new StaffMember(UUID.randomUUID(), "王芳", null, "初级", "13800000000", null, "");
        a.saveMemberFrom(null, person, AT);
        StaffMember seen = b.member(person.id()).orElseThrow();

        a.saveMemberFrom(seen, withPhone(seen, "13911111111"), AT);
        assertThatThrownBy(() -> b.saveMemberFrom(seen, withPhone(seen, "13722222222"), AT))
                .isInstanceOf(ConcurrentChangeException.class);

        Versioned<StaffMember> stored = b.memberVersioned(person.id()).orElseThrow();
        assertThat(stored.record().phone()).isEqualTo("13911111111");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aSaveOfThePostsFromAnOlderReadWritesNothing() {
        StaffDao a = laptopA.dao(StaffDao.class);
        StaffDao b = laptopB.dao(StaffDao.class);
        List<StaffPost> read = b.posts();
        StaffPost first = read.get(0);

        a.savePostsFrom(read, renamed(read, new StaffPost(first.id(), "领班（主管）", first.nameEn(), first.dutiesZh(),
                first.dutiesEn(), false)));
        StaffPost last = read.get(read.size() - 1);
        assertThatThrownBy(() -> b.savePostsFrom(read, renamed(read, new StaffPost(last.id(), "巡查", last.nameEn(),
                last.dutiesZh(), last.dutiesEn(), false)))).isInstanceOf(ConcurrentChangeException.class);

        assertThat(b.posts()).extracting(StaffPost::nameZh).contains("领班（主管）").doesNotContain("巡查");
    }

    private static StaffMember withPhone(StaffMember m, String phone) {
        return new StaffMember(m.id(), m.name(), m.postId(), m.grade(), phone, m.startDate(), m.notes());
    }

    private static List<StaffPost> renamed(List<StaffPost> posts, StaffPost changed) {
        return posts.stream().map(p -> p.id().equals(changed.id()) ? changed : p).toList();
    }
}
