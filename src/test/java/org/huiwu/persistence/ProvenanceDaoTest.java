package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.guide.GuideTexts;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;
import org.huiwu.model.guide.StepTexts;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TextCheckDao} and {@link GuideTextDao} on a real H2 file database built by the migrations: the
 * latest check of each item wins and older checks stay; guide text versions read back whole, lists
 * line by line, the newest version per guide.
 */
@Tag("dao")
class ProvenanceDaoTest {

    private static final Instant T1 = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-12-02T03:30:00Z");

    @TempDir
    Path dataDir;

    private Database database;

    @BeforeEach
    void openDatabase() {
        database = TestStores.fresh(dataDir);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theLatestCheckOfEachItemIsItsCheckAndEarlierOnesAreKept() {
        TextCheckDao dao = database.dao(TextCheckDao.class);
        TextCheck first = check(CheckedKind.GUIDE, "standing-women", "附录C", "陈红", T1);
        TextCheck second = check(CheckedKind.GUIDE, "standing-women", "附录C C.2", "王丽", T2);
        TextCheck survey = check(CheckedKind.SURVEY_TEMPLATE, TextCheck.TEMPLATE, "附录U", "陈红", T1);
        UUID procedure = UUID.randomUUID();
        TextCheck procedureCheck = check(CheckedKind.PROCEDURE, procedure.toString(), "7.3", "陈红", T2);
        for (TextCheck c : List.of(second, survey, first, procedureCheck)) {
            dao.insert(c);
        }

        assertThat(dao.latest(CheckedKind.GUIDE, "standing-women")).contains(second);
        assertThat(dao.latest(CheckedKind.GUIDE, "sitting")).isEmpty();
        assertThat(dao.latest(CheckedKind.CHECKLIST_TEMPLATE, TextCheck.TEMPLATE)).isEmpty();
        assertThat(dao.history(CheckedKind.GUIDE, "standing-women")).containsExactly(first, second);
        assertThat(dao.latestOfEach()).containsExactlyInAnyOrder(second, survey, procedureCheck);
    }

    @Test
    void guideTextVersionsReadBackWholeAndTheNewestIsLatest() {
        GuideTextDao dao = database.dao(GuideTextDao.class);
        GuideTexts shipped = texts("standing-women", 1, "双手交叠于腹前", List.of("挺胸", "收腹"), T1, "");
        GuideTexts corrected = texts("standing-women", 2, "双手虎口相交，右手在上", List.of("挺胸"), T2, "陈红");
        GuideTexts other = texts("sitting", 1, "入座轻稳", List.of(), T1, "");

        dao.insertAll(List.of(shipped, other));
        dao.insertAll(List.of(corrected));

        assertThat(dao.history("standing-women")).containsExactly(shipped, corrected);
        assertThat(dao.latest("standing-women")).contains(corrected);
        assertThat(dao.latest("tray-carrying")).isEmpty();
        assertThat(dao.latest()).containsExactly(other, corrected);
    }

    private static TextCheck check(CheckedKind kind, String id, String clause, String who, Instant at) {
        return new TextCheck(UUID.randomUUID(), kind, id, clause, who, at);
    }

    private static GuideTexts texts(String guide, int version, String caption, List<String> keyPoints, Instant at,
            String by) {
        StepTexts step1 = new StepTexts(1, new LocalizedText(caption, "Hands folded"),
                new LocalizedList(keyPoints, List.of("Chest up")), new LocalizedList(List.of("驼背"), List.of()));
        StepTexts step2 = new StepTexts(2, new LocalizedText("目视前方", "Look ahead"), LocalizedList.EMPTY,
                LocalizedList.EMPTY);
        return new GuideTexts(guide, version, new LocalizedText("站姿", "Standing"),
                new LocalizedText("站得端正", "Stand upright"), List.of(step1, step2), at, by);
    }
}
