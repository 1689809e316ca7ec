package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.PlannedSeat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seat labels in both languages for every kind of block. */
class SeatLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            PODIUM       | 1 | 4  | NONE  | 主席台 第1排 4号  | 台1-4 | Podium row 1, seat 4      | P1-4
            AUDIENCE     | 3 | 12 | NONE  | 3排12号          | 3排12号 | Row 3, seat 12          | R3 S12
            TALKS        | 2 | 1  | GUEST | 会谈桌 客方 1号   | 客1   | Talks table, guest 1      | G1
            ROUND_TABLES | 5 | 6  | NONE  | 5号桌 6座         | 5-6   | Table 5, seat 6           | 5-6
            RECEPTION    | 1 | 3  | HOST  | 会见厅 主方 3号   | 主3   | Reception, host 3         | H3
            SIGNING      | 1 | 2  | GUEST | 签字桌 客方签字人 | 客    | Signing table, guest signer | G
            U_SHAPE      | 1 | 2  | NONE  | U形桌 主桌 2号    | 1-2   | U-shape table, head table, seat 2 | 1-2
            HOLLOW_SQUARE| 3 | 1  | NONE  | 回字形桌 侧桌2 1号 | 3-1  | Hollow square, side table 2, seat 1 | 3-1
            HOLLOW_SQUARE| 4 | 5  | NONE  | 回字形桌 尾桌 5号 | 4-5   | Hollow square, foot table, seat 5 | 4-5
            """)
    void labelsEveryKindOfSeat(BlockKind kind, int row, int number, Side party, String zh, String zhShort, String en,
            String enShort) {
        PlannedSeat seat = new PlannedSeat("k", UUID.randomUUID(), kind, row, number, 0, 0, 0, party);
        SeatLabels chinese = new SeatLabels(SeatingFixture.CHINESE);
        SeatLabels english = new SeatLabels(SeatingFixture.ENGLISH);
        assertThat(chinese.label(seat)).isEqualTo(zh);
        assertThat(chinese.shortLabel(seat)).isEqualTo(zhShort);
        assertThat(english.label(seat)).isEqualTo(en);
        assertThat(english.shortLabel(seat)).isEqualTo(enShort);
    }
}
