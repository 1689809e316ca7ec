package org.huiwu.logic.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.TemplateItem;
import org.huiwu.model.checklists.TemplateLine;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two supervisors' laptops edit the checklist template on one database (decision 0050): a rename over texts another
 * laptop renamed since the editor showed them writes nothing and holds both; over an item they only moved it is
 * merged (their place, these texts); keeping mine then stores it over theirs.
 */
@Tag("dao")
class TemplateItemConflictTest {

    private static final ChecklistPhase PHASE = ChecklistPhase.values()[0];

    @TempDir
    Path dataDir;

    private Database laptopA;
    private Database laptopB;
    private ChecklistTemplate a;
    private ChecklistTemplate b;

    @BeforeEach
    void open() {
        laptopA = TestStores.fresh(dataDir);
        laptopB = TestStores.fresh(dataDir);
        Clock clock = Clock.fixed(Instant.parse("2026-12-08T02:00:00Z"), ZoneOffset.UTC);
        a = new ChecklistTemplate(laptopA.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID);
        b = new ChecklistTemplate(laptopB.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID);
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
    void aRenameOverTextsRenamedElsewhereWritesNothingAndHoldsBoth() {
        TemplateLine<ChecklistPhase> shown = b.lines(PHASE).get(0);
        a.rename(shown.id(), "摆放席卡（双面）", "", "张敏");

        TemplateLineConflictException conflict = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> b.rename(shown, "摆放席卡和茶杯", "", "李娜"), TemplateLineConflictException.class);

        assertThat(conflict).isNotNull();
        assertThat(conflict.merge().base().textZh()).isEqualTo(shown.textZh());
        assertThat(conflict.merge().mine().textZh()).isEqualTo("摆放席卡和茶杯");
        assertThat(conflict.merge().theirs().textZh()).isEqualTo("摆放席卡（双面）");
        assertThat(stored(shown.id()).textZh()).isEqualTo("摆放席卡（双面）");

        TemplateLine<?> kept = conflict.merge().resolved(true);
        @SuppressWarnings("unchecked") TemplateLine<ChecklistPhase> theirs =
                (TemplateLine<ChecklistPhase>) conflict.merge().theirs();
        b.rename(theirs, kept.textZh(), kept.textEn(), "李娜");
        assertThat(stored(shown.id()).textZh()).isEqualTo("摆放席卡和茶杯");
    }

    @Test
    void aRenameOverAnItemMovedElsewhereKeepsTheirPlaceAndTheseTexts() {
        List<TemplateLine<ChecklistPhase>> shown = b.lines(PHASE);
        a.move(shown.get(1).id(), -1, "张敏");

        b.rename(shown.get(0), "检查话筒电池", "Check the microphone batteries", "李娜");

        TemplateItem renamed = stored(shown.get(0).id());
        assertThat(renamed.textZh()).isEqualTo("检查话筒电池");
        assertThat(renamed.position()).isEqualTo(2);
        assertThat(stored(shown.get(1).id()).position()).isEqualTo(1);
    }

    @Test
    void aRenameOfAnItemRetiredElsewhereIsRefused() {
        TemplateLine<ChecklistPhase> shown = b.lines(PHASE).get(0);
        a.retire(shown.id(), "张敏");

        assertThatThrownBy(() -> b.rename(shown, "新内容", "", "李娜")).isInstanceOf(ChecklistRejectedException.class);
        assertThat(stored(shown.id()).textZh()).isEqualTo(shown.textZh());
    }

    private TemplateItem stored(UUID id) {
        return laptopA.dao(ChecklistTemplateDao.class).find(id).orElseThrow();
    }
}
