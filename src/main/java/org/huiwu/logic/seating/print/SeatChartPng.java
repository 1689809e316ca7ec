package org.huiwu.logic.seating.print;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.huiwu.i18n.I18n;
import org.huiwu.persistence.AtomicFile;

/**
 * Draws a seat chart into a PNG image with the same layout as {@link SeatChartPdf} (the page the PDF
 * would use, scaled to the asked width). Uses the located Chinese font, or the logical SansSerif font
 * when no file is found but SansSerif can show Chinese. Works headless. Synchronous, call off the FX
 * thread; stateless apart from its collaborators and thread-safe.
 */
public final class SeatChartPng {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final I18n i18n;
    private final CjkFontLocator fonts;
    private final Clock clock;

    public SeatChartPng(I18n i18n, CjkFontLocator fonts, Clock clock) {
        this.i18n = i18n;
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * The chart as an image {@code widthPixels} wide, as tall as the chosen page's proportions make it.
     *
     * @throws PrintFailedException when no font that can show Chinese is available
     */
    public BufferedImage render(SeatChart chart, int widthPixels) {
        if (widthPixels < 100 || widthPixels > 20_000) {
            throw new IllegalArgumentException("width out of range: " + widthPixels);
        }
        PageSize page = PageSize.choose(chart);
        double scale = widthPixels / page.width();
        int heightPixels = (int) Math.round(page.height() * scale);
        BufferedImage image = new BufferedImage(widthPixels, heightPixels, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, widthPixels, heightPixels);
            g.scale(scale, scale);
            ChartPainter.paint(chart, new Java2dCanvas(g, font()), page,
                    i18n.format("seating.print.generated", ZonedDateTime.now(clock).format(STAMP)), "");
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the chart as a PNG file, replacing any file there.
     *
     * @throws IOException when the file cannot be written (nothing is left behind then)
     */
    public void write(SeatChart chart, int widthPixels, Path target) throws IOException {
        BufferedImage image = render(chart, widthPixels);
        AtomicFile.onDisk().write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    private Font font() {
        try {
            CjkFont cjk = fonts.locate();
            Font[] faces = Font.createFonts(cjk.file().toFile());
            return Arrays.stream(faces).filter(f -> f.getPSName().equalsIgnoreCase(cjk.faceName())
                    || f.getFontName().replace(" ", "").equalsIgnoreCase(cjk.faceName())).findFirst().orElse(faces[0]);
        } catch (PrintFailedException notFound) {
            Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            if (logical.canDisplay('\u4F1A')) {
                return logical;
            }
            throw notFound;
        } catch (IOException | FontFormatException e) {
            throw new PrintFailedException(PrintProblem.FONT_UNREADABLE, e.getMessage());
        }
    }
}
