package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.huiwu.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a Chinese TrueType font: missing files and PostScript-outline fonts are passed over. */
class CjkFontLocatorTest {

    @TempDir
    Path dir;

    @Test
    void skipsMissingAndCffFontsAndTakesTheFirstTrueTypeOne() throws IOException {
        Path cff = Files.write(dir.resolve("noto.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
        Path cffCollection = Files.write(dir.resolve("noto.ttc"),
                new byte[] {'t', 't', 'c', 'f', 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 16, 'O', 'T', 'T', 'O'});
        Path trueType = Files.write(dir.resolve("good.ttf"), new byte[] {0, 1, 0, 0, 0, 0});
        CjkFont wanted = new CjkFont(trueType, "");
        CjkFontLocator locator = new CjkFontLocator(List.of(new CjkFont(dir.resolve("missing.ttc"), "X"),
                new CjkFont(cff, ""), new CjkFont(cffCollection, ""), wanted));
        assertThat(locator.locate()).isEqualTo(wanted);
    }

    @Test
    void failsWithAProblemNamingThePlacesTried() {
        CjkFontLocator locator = new CjkFontLocator(List.of(new CjkFont(dir.resolve("a.ttc"), "")));
        assertThatThrownBy(locator::locate).isInstanceOfSatisfying(PrintFailedException.class, e -> {
            assertThat(e.problem()).isEqualTo(PrintProblem.FONT_NOT_FOUND);
            assertThat(e.arguments().get(0).toString()).contains("a.ttc");
        });
    }

    @Test
    void findsTheDebianFontWhenInstalled() {
        ExternalTools.requireFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
        assertThat(new CjkFontLocator().locate().file().getFileName().toString()).isEqualTo("wqy-microhei.ttc");
    }
}
