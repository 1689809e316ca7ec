package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.huiwu.i18n.I18n;
import org.huiwu.persistence.MeetingTable;
import org.junit.jupiter.api.Test;

/** Every stored kind of meeting record has a name a supervisor can read, in both languages. */
class RecordLabelsTest {

    private final RecordLabels chinese = new RecordLabels(new I18n(Locale.SIMPLIFIED_CHINESE));
    private final RecordLabels english = new RecordLabels(new I18n(Locale.ENGLISH));

    @Test
    void everyMeetingTableHasALabel() {
        for (MeetingTable table : MeetingTable.ALL) {
            assertThat(chinese.table(table.name())).as(table.name()).isNotEqualTo(table.name());
            assertThat(english.table(table.name())).as(table.name()).isNotEqualTo(table.name());
        }
    }

    @Test
    void knownFieldsAreNamedAndOthersKeepTheirStoredName() {
        assertThat(chinese.field("name")).isEqualTo("姓名");
        assertThat(english.field("organisation")).isEqualTo("Organisation");
        assertThat(chinese.table("attendee")).isEqualTo("参会人员");
        assertThat(chinese.field("presider_placement")).isEqualTo("presider_placement");
    }
}
