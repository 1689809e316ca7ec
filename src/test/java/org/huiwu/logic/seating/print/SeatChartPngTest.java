package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.huiwu.model.seating.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seat chart as PNG: the page's proportions at the asked width, and ink where the seats are. */
class SeatChartPngTest {

    @TempDir
    Path dir;

    private final SeatingFixture fixture = new SeatingFixture();
    private final SeatChartPng png = new SeatChartPng(SeatingFixture.CHINESE, new CjkFontLocator(), PrintTestSupport.CLOCK);

    @Test
    void writesAnImageOfTheAskedWidthInThePageProportions() throws IOException {
        SeatChart chart = fixture.chart(Viewpoint.AUDIENCE);
        Path file = dir.resolve("chart.png");
        png.write(chart, 1200, file);

        BufferedImage image = ImageIO.read(file.toFile());
        PageSize page = PageSize.choose(chart);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo((int) Math.round(page.height() * 1200 / page.width()));
        assertThat(PrintTestSupport.ink(image)).isGreaterThan(0.01);
    }

    @Test
    void thePodiumViewAlsoRenders() {
        BufferedImage image = png.render(fixture.chart(Viewpoint.PODIUM), 800);
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(PrintTestSupport.ink(image)).isGreaterThan(0.01);
    }
}
