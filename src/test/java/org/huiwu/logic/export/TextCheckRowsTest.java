package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.persistence.MeetingTables;
import org.junit.jupiter.api.Test;

/**
 * {@link TextCheckRows}: the texts a meeting used are listed, each with its check (clause, who, when in
 * the report's zone) or as not yet checked; a meeting that used none lists nothing.
 */
class TextCheckRowsTest {

    private final TextCheckRows rows = new TextCheckRows(new I18n(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"));

    @Test
    void usedTextsAreListedWithTheirCheckOrAsNotYetChecked() {
        String procedure = UUID.randomUUID().toString();
        MeetingRecord record = new MeetingRecord(UUID.randomUUID(), Map.of(
                "meeting_checklist", List.of(Map.of("meeting_id", "m")),
                "procedure_version", List.of(Map.of("procedure_id", procedure, "incident_type", "MEDICAL_EMERGENCY")),
                MeetingTables.TEXT_CHECKS, List.of(Map.of("item_kind", "PROCEDURE", "item_id", procedure,
                        "clause", "7.3", "checked_by", "陈红", "checked_at", "2026-12-06T02:30Z"))));

        List<TextCheckRows.Row> used = rows.of(record);

        assertThat(used).extracting(rows::line).containsExactly(
                "服务检查模板“服务检查模板”：尚未与标准条文核对",
                "处置流程“突发疾病”：已核对 7.3（陈红，2026-12-06 10:30）");
    }

    @Test
    void aMeetingThatUsedNoVenueTextListsNothing() {
        assertThat(rows.of(new MeetingRecord(UUID.randomUUID(), Map.of()))).isEmpty();
    }
}
