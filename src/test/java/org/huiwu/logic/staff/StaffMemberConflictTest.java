package org.huiwu.logic.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two supervisors' laptops edit the roster on one database (decision 0050): an edit over a person another laptop
 * changed since the roster showed them is merged when they changed other fields, and writes nothing and holds both
 * when they changed the same field (keeping mine then stores it); a posts save clashing with another laptop's change
 * of the same post is refused naming it, one changing other posts is merged.
 */
@Tag("dao")
class StaffMemberConflictTest {

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;
    private StaffRoster a;
    private StaffRoster b;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T02:00:00Z"), ZoneOffset.UTC);
        a = new StaffRoster(laptopA.dao(StaffDao.class), clock, UUID::randomUUID);
        b = new StaffRoster(laptopB.dao(StaffDao.class), clock, UUID::randomUUID);
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
    void anEditOfAnotherFieldIsMergedAndOfTheSameFieldHoldsBoth() {
        StaffMember person = a.save(null, new StaffMember(UUID.randomUUID(), "王芳", null, "初级", "13800000000",
                null, ""));
        StaffMember shown = b.member(person.id()).orElseThrow();
        a.save(shown, with(shown, "初级", "13911111111"));

        StaffMember merged = b.save(shown, with(shown, "中级", shown.phone()));
        assertThat(merged.grade()).isEqualTo("中级");
        assertThat(merged.phone()).isEqualTo("13911111111");
        assertThat(a.member(person.id()).orElseThrow()).isEqualTo(merged);

        StaffMemberConflictException conflict = catchThrowableOfType(
                () -> b.save(shown, with(shown, shown.grade(), "13722222222")), StaffMemberConflictException.class);
        assertThat(conflict).isNotNull();
        assertThat(conflict.merge().clashes()).extracting(f -> f.labelKey()).containsExactly("staff.export.phone");
        assertThat(conflict.merge().theirs().phone()).isEqualTo("13911111111");
        assertThat(a.member(person.id()).orElseThrow().phone()).isEqualTo("13911111111");

        b.save(conflict.merge().theirs(), conflict.merge().resolved(true));
        assertThat(a.member(person.id()).orElseThrow().phone()).isEqualTo("13722222222");
        assertThat(a.member(person.id()).orElseThrow().grade()).isEqualTo("中级");
    }

    @Test
    void aPostsSaveClashingOnOnePostIsRefusedNamingItAndOtherwiseMerged() {
        List<StaffPost> shown = b.posts();
        a.savePosts(shown, renamed(shown, 0, "领班（主管）"));

        StaffRejectedException refused = catchThrowableOfType(() -> b.savePosts(shown, renamed(shown, 0, "主管")),
                StaffRejectedException.class);
        assertThat(refused.problem()).isEqualTo(StaffProblem.POSTS_CHANGED);
        assertThat(a.posts().get(0).nameZh()).isEqualTo("领班（主管）");

        b.savePosts(shown, renamed(shown, 1, "迎宾"));
        assertThat(a.posts()).extracting(StaffPost::nameZh).startsWith("领班（主管）", "迎宾");
    }

    private static StaffMember with(StaffMember m, String grade, String phone) {
        return new StaffMember(m.id(), m.name(), m.postId(), grade, phone, m.startDate(), m.notes());
    }

    private static List<StaffPost> renamed(List<StaffPost> posts, int index, String nameZh) {
        StaffPost p = posts.get(index);
        List<StaffPost> changed = new java.util.ArrayList<>(posts);
        changed.set(index, new StaffPost(p.id(), nameZh, p.nameEn(), p.dutiesZh(), p.dutiesEn(), p.retired()));
        return changed;
    }
}
