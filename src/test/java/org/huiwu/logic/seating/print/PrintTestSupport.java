package org.huiwu.logic.seating.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import org.huiwu.ExternalTools;

/** Shared helpers of the printout tests: a fixed clock, rendering a page, counting ink. */
final class PrintTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private PrintTestSupport() {
    }

    /** Renders page 1 of a PDF at 60 dpi with pdftoppm into {@code png} (see {@link ExternalTools}). */
    static BufferedImage renderFirstPage(Path pdf, Path png) throws IOException, InterruptedException {
        return ImageIO.read(ExternalTools.renderPage(pdf, 1, 60, png).toFile());
    }

    /** The share of pixels that are clearly not white. */
    static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    static Path targetDir(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "print-tests", name));
    }
}
