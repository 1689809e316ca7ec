package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.Fixtures;
import org.huiwu.model.Meeting;
import org.huiwu.model.staff.Assessment;
import org.huiwu.model.staff.AssessmentItem;
import org.huiwu.model.staff.Pledge;
import org.huiwu.model.staff.StaffMember;
import org.huiwu.model.staff.StaffPost;
import org.huiwu.model.staff.Staffing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StaffDao}, {@link StaffingDao} and {@link AssessmentDao} on a real H2 file database built by the
 * migrations: the shipped posts and form, people and pledges, staffing, and assessments that keep their
 * form version and items after the form changes.
 */
@Tag("dao")
class StaffDaoTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 2, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Database database;
    private StaffDao staff;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
        staff = database.dao(StaffDao.class);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theMigrationShipsSixPostsAndAFormOfFiveItemsWorthAHundred() {
        assertThat(staff.posts()).extracting(StaffPost::nameZh)
                .containsExactly("领班", "迎宾引领", "签到", "茶水服务", "设备保障", "会场巡查");
        var form = database.dao(AssessmentDao.class).current();
        assertThat(form.version()).isEqualTo(1);
        assertThat(form.items()).hasSize(5);
        assertThat(form.maxTotal()).isEqualTo(100);
    }

    @Test
    void postsAreUpdatedInPlaceAndNewOnesAddedInOrder() {
        List<StaffPost> posts = new java.util.ArrayList<>(staff.posts());
        StaffPost first = posts.get(0);
        posts.set(0, new StaffPost(first.id(), "领班（主管）", first.nameEn(), first.dutiesZh(), "", false));
        StaffPost added = new StaffPost(UUID.randomUUID(), "翻译", "Interpreter", "", "", false);
        posts.add(1, added);
        staff.savePosts(posts);
        assertThat(staff.posts()).extracting(StaffPost::nameZh).startsWith("领班（主管）", "翻译", "迎宾引领");
    }

    @Test
    void theRosterSortsAsTheOverlaySortsInMemoryEvenForNamesakes() {
        UUID post = staff.posts().get(3).id();
        UUID low = new UUID(0x1000_0000_0000_0000L, 1);
        UUID high = new UUID(0x9000_0000_0000_0000L, 1);
        for (UUID id : List.of(high, low)) {
            staff.saveMember(new StaffMember(id, "王芳", post, "", "", LocalDate.of(2023, 3, 1), ""), AT);
        }
        staff.saveMember(new StaffMember(UUID.randomUUID(), "李明", post, "", "", LocalDate.of(2023, 3, 1), ""), AT);

        assertThat(staff.members()).extracting(StaffMember::id).containsSubsequence(low, high);
        assertThat(staff.members()).isSortedAccordingTo(StaffDao.ROSTER);
    }

    @Test
    void aPersonIsSavedUpdatedAndKeepsPledgesInSigningOrder() {
        UUID post = staff.posts().get(3).id();
        StaffMember liu = new StaffMember(UUID.randomUUID(), "刘芳", post, "中级", "13800000002",
                LocalDate.of(2023, 3, 1), "");
        staff.saveMember(liu, AT);
        StaffMember changed = new StaffMember(liu.id(), "刘芳", post, "高级", "13800000002", LocalDate.of(2023, 3, 1),
                "晋级");
        staff.saveMember(changed, AT);
        assertThat(staff.members()).containsExactly(changed);
        Pledge newer = new Pledge(UUID.randomUUID(), liu.id(), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31), "", "吕佳");
        Pledge older = new Pledge(UUID.randomUUID(), liu.id(), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 5, 31), "", "吕佳");
        staff.insertPledge(newer, AT);
        staff.insertPledge(older, AT);
        assertThat(staff.pledgesOf(liu.id())).containsExactly(older, newer);
    }

    @Test
    void staffingReadsBackForTheMeetingAndForThePerson() {
        Meeting meeting = Fixtures.meeting("常务会议", LocalDate.of(2026, 12, 7));
        database.dao(MeetingDao.class).save(meeting, AT.toInstant());
        StaffingDao staffing = database.dao(StaffingDao.class);
        UUID person = UUID.randomUUID();
        Staffing line = new Staffing(UUID.randomUUID(), meeting.id(), person, "刘芳", "茶水服务", "Tea service",
                "主席台组", "吕佳");
        staffing.insert(line, AT);
        assertThat(staffing.ofMeeting(meeting.id())).containsExactly(line);
        assertThat(staffing.meetingsOf(person)).singleElement()
                .satisfies(m -> assertThat(m.title()).isEqualTo("常务会议"));
    }

    @Test
    void anAssessmentKeepsItsFormVersionAndItemsAfterTheFormChanges() {
        AssessmentDao dao = database.dao(AssessmentDao.class);
        var first = dao.current();
        Assessment made = new Assessment(UUID.randomUUID(), UUID.randomUUID(), "刘芳", LocalDate.of(2026, 12, 7), null,
                first.version(), first.items().stream().map(i -> new Assessment.Score(i, i.maxScore() - 1)).toList(),
                "吕佳", "");
        dao.save(made, AT);
        var second = dao.saveVersion(List.of(new AssessmentItem("仪容仪表", "Grooming", 50),
                new AssessmentItem("服务质量", "Service", 50)), AT, "吕佳");
        assertThat(second.version()).isEqualTo(2);
        assertThat(dao.current()).isEqualTo(second);
        Assessment read = dao.between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).get(0);
        assertThat(read).isEqualTo(made);
        assertThat(read.templateVersion()).isEqualTo(1);
        assertThat(read.total()).isEqualTo(95);
    }
}
