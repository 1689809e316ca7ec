package org.huiwu.logic.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;
import org.huiwu.model.checklists.ChecklistItem;
import org.huiwu.model.checklists.ChecklistPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit of a checklist item's texts from two windows on one folder (decision 0031): a text only the other changed
 * is kept, the same text changed on both is returned to be decided and nothing is written. Real H2.
 */
class ChecklistItemEditTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void differentTextsMergeAndTheSameTextClashes() {
        try (AppContext mine = AppContext.open(dataDir, CLOCK); AppContext theirs = AppContext.open(dataDir, CLOCK)) {
            Meeting meeting = mine.meetings().save(Meeting.blank(UUID.randomUUID(), "检查清单", LocalDate.of(2026, 12, 7)));
            ChecklistItem read = mine.checklists().addItem(meeting.id(), ChecklistPhase.values()[0], "摆放席卡", "",
                    "张敏");

            assertThat(theirs.checklists().editItem(read, read.textZh(), "Place name cards").saved()).isTrue();
            ChecklistItemEdit merged = mine.checklists().editItem(read, "摆放双面席卡", "");
            assertThat(merged.saved()).isTrue();
            assertThat(merged.stored().textZh()).isEqualTo("摆放双面席卡");
            assertThat(merged.stored().textEn()).isEqualTo("Place name cards");

            ChecklistItemEdit clash = theirs.checklists().editItem(read, "摆放席卡和茶杯", "");
            assertThat(clash.saved()).isFalse();
            assertThat(clash.conflict().clashes()).extracting(f -> f.labelKey())
                    .containsExactly("checklist.template.textZh");
            assertThat(mine.checklists().current(meeting.id()).lines()).extracting(l -> l.item().textZh())
                    .contains("摆放双面席卡");
        }
    }
}
