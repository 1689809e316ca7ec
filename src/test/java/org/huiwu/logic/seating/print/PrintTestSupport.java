package org.huiwu.logic.seating.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;

/** Shared helpers of the printout tests: a fixed clock, rendering with pdftoppm, counting ink. */
final class PrintTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

    private PrintTestSupport() {
    }

    static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Renders page 1 of a PDF at 60 dpi with pdftoppm into {@code png}; skips the test without pdftoppm. */
    static BufferedImage renderFirstPage(Path pdf, Path png) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("pdftoppm"), "pdftoppm is not installed");
        String stem = png.toString().replaceAll("\\.png$", "");
        Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png", "-singlefile", pdf.toString(), stem)
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(png).exists();
        return ImageIO.read(png.toFile());
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
