package org.huiwu.ui.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.seating.print.NameCardLayout;
import org.junit.jupiter.api.Test;

/** The name-card print dialog's fields: presets, typed sizes and their checks. */
class NameCardOptionsViewModelTest {

    private final I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);

    @Test
    void startsFromTheRememberedLayoutAndAPresetFillsTheFields() {
        NameCardOptionsViewModel options = new NameCardOptionsViewModel(new NameCardLayout(1, 180, 80, false), true,
                i18n);
        assertThat(options.widthProperty().get()).isEqualTo("180");
        assertThat(options.heightProperty().get()).isEqualTo("80");
        assertThat(options.changedOnlyProperty().get()).isTrue();
        assertThat(options.layout()).isEqualTo(new NameCardLayout(1, 180, 80, false));

        options.presetProperty().set(new NameCardOptionsViewModel.Preset(2, 140, 90));
        assertThat(options.layout()).isEqualTo(new NameCardLayout(2, 140, 90, false));
        assertThat(options.presetText(NameCardOptionsViewModel.PRESETS.get(0))).isEqualTo("每页一张，每面 210 × 100 毫米");
    }

    @Test
    void aSizeThatDoesNotFitOrIsNotANumberIsExplained() {
        NameCardOptionsViewModel options = new NameCardOptionsViewModel(NameCardLayout.standard(2), false, i18n);
        options.widthProperty().set("150");
        assertThat(options.layout()).isNull();
        assertThat(options.problemProperty().get()).contains("每页 2 张", "40–144", "20–101");

        options.widthProperty().set("十四");
        assertThat(options.layout()).isNull();
        assertThat(options.problemProperty().get()).contains("数字");

        options.widthProperty().set(" 120 ");
        assertThat(options.layout()).isEqualTo(new NameCardLayout(2, 120, 100, true));
        assertThat(options.problemProperty().get()).isEmpty();
    }
}
