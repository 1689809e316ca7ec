package org.huiwu.logic.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GuideIllustrationsTest {

    private static final Path RENDERS = Path.of("target", "guide-renders");
    private static GuideLibrary library;
    private static GuideCatalogue catalogue;

    @BeforeAll
    static void load() throws IOException {
        library = GuideLibrary.onClassPath();
        catalogue = library.load();
        Files.createDirectories(RENDERS);
    }

    @Test
    void everyStepRendersAtProjectorSizeAndIsNotBlank() throws IOException {
        GuideIllustrations illustrations = new GuideIllustrations(library, 4);
        for (Guide guide : catalogue.guides()) {
            Path folder = Files.createDirectories(RENDERS.resolve(guide.id()));
            for (GuideStep step : guide.steps()) {
                BufferedImage image = illustrations.render(guide, step, 1920, 1080);
                String where = guide.id() + " step " + step.number();
                assertThat(image.getHeight()).as(where).isEqualTo(1080);
                assertThat(image.getWidth()).as(where).isBetween(1600, 1920);
                assertThat(distinctColours(image)).as(where + " colour variety").isGreaterThan(8);
                assertThat(inkShare(image)).as(where + " share of drawn pixels").isGreaterThan(0.03);
                ImageIO.write(image, "png", folder.resolve(step.image().replace(".svg", ".png")).toFile());
            }
        }
    }

    @Test
    void cacheIsBoundedAndReturnsTheSameImageOnAHit() {
        Guide guide = catalogue.find("sitting").orElseThrow();
        GuideIllustrations illustrations = new GuideIllustrations(library, 2);
        BufferedImage first = illustrations.render(guide, guide.step(1), 320, 200);
        assertThat(illustrations.render(guide, guide.step(1), 320, 200)).isSameAs(first);
        illustrations.render(guide, guide.step(2), 320, 200);
        illustrations.render(guide, guide.step(3), 320, 200);
        assertThat(illustrations.cachedCount()).isEqualTo(2);
        assertThat(illustrations.render(guide, guide.step(1), 320, 200)).isNotSameAs(first);
        assertThat(illustrations.render(guide, guide.step(1), 160, 100).getWidth()).isEqualTo(160);
        illustrations.clear();
        assertThat(illustrations.cachedCount()).isZero();
    }

    @Test
    void aMissingIllustrationIsAnError() {
        Guide guide = catalogue.find("sitting").orElseThrow();
        GuideStep ghost = new GuideStep(9, new LocalizedText("无", "none"), LocalizedList.EMPTY,
                LocalizedList.EMPTY, "step-99.svg");
        assertThatThrownBy(() -> new GuideIllustrations(library).render(guide, ghost, 100, 100))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("step-99.svg");
    }

    @Test
    void writesAContactSheetWithOneRowPerGuide() throws IOException {
        int thumbW = 208;
        int thumbH = 130;
        int gap = 8;
        int labelW = 190;
        List<Guide> guides = catalogue.guides();
        int columns = guides.stream().mapToInt(g -> g.steps().size()).max().orElse(1);
        int width = labelW + columns * (thumbW + gap) + gap;
        int height = guides.size() * (thumbH + gap) + gap;
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        GuideIllustrations illustrations = new GuideIllustrations(library, 8);
        for (int row = 0; row < guides.size(); row++) {
            Guide guide = guides.get(row);
            int y = gap + row * (thumbH + gap);
            g.setColor(new Color(0x1f2a44));
            g.drawString(guide.id(), gap, y + thumbH / 2 + 5);
            for (GuideStep step : guide.steps()) {
                BufferedImage thumb = illustrations.render(guide, step, thumbW, thumbH);
                g.drawImage(thumb, labelW + (step.number() - 1) * (thumbW + gap), y, null);
            }
        }
        g.dispose();
        Path file = RENDERS.resolve("contact-sheet.png");
        ImageIO.write(sheet, "png", file.toFile());
        assertThat(file).isNotEmptyFile();
        assertThat(distinctColours(sheet)).isGreaterThan(50);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    /** Share of sampled pixels that differ clearly from the illustration's background at its centre-left edge. */
    private static double inkShare(BufferedImage image) {
        int background = image.getRGB(image.getWidth() / 2, 30);
        long ink = 0;
        long total = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                total++;
                if (distance(image.getRGB(x, y), background) > 60) {
                    ink++;
                }
            }
        }
        return (double) ink / total;
    }

    private static int distance(int a, int b) {
        return Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff)) + Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }
}
