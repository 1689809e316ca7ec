package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the report wraps a line that does not fit: between words, not inside one. */
class ReportPagesTest {

    @Test
    void aLineWrapsAfterTheLastSpaceRatherThanInsideAWord() {
        String text = "Guests led to their seats; chairs pulled out";
        int cut = text.indexOf("chairs") + 5;
        assertThat(ReportPages.wordEnd(text, 0, cut)).isEqualTo(text.indexOf("chairs"));
    }

    @Test
    void timesStayWholeAndChineseTextWrapsAnywhere() {
        String time = "吕佳 2026-12-07 00:57";
        assertThat(ReportPages.wordEnd(time, 0, time.length() - 2)).isEqualTo(time.indexOf("00:57"));
        String chinese = "会场清洁：桌面、抽屉、座椅";
        assertThat(ReportPages.wordEnd(chinese, 0, 6)).isEqualTo(6);
    }

    @Test
    void aWordLongerThanTheLineIsCut() {
        String text = "Supercalifragilistic";
        assertThat(ReportPages.wordEnd(text, 0, 8)).isEqualTo(8);
    }
}
