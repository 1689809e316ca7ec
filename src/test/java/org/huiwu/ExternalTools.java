package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.seating.print.CjkFontLocator;
import org.huiwu.logic.seating.print.PrintFailedException;
import org.junit.jupiter.api.Assumptions;

/**
 * The outside programs and fonts that tests read the app's files with (pdftoppm, LibreOffice, the CJK
 * font), and one way to run them. On a developer's machine without one of them the test is skipped; when
 * the {@code CI} variable is set (as {@code .ci/run} is run) a missing tool fails the test, so a green CI
 * never hides an unchecked PDF or workbook. A tool that does not finish in time is killed and fails the
 * test; its output goes to a file, so waiting for it can time out. Called from test threads only.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** Makes sure the program is on the PATH: skips the test without it, or fails it on CI. */
    public static void require(String program) {
        if (!onPath(program)) {
            missing(program + " is not installed");
        }
    }

    /** Makes sure a file the test reads (a font, say) exists: skips the test without it, or fails it on CI. */
    public static void requireFile(Path file) {
        if (!Files.exists(file)) {
            missing(file + " does not exist");
        }
    }

    /** Makes sure a Chinese font that PDFBox can embed is installed: skips without one, fails on CI. */
    public static void requireCjkFont() {
        try {
            new CjkFontLocator().locate();
        } catch (PrintFailedException e) {
            missing("no Chinese font for PDFs on this machine");
        }
    }

    /**
     * Runs the command (after {@link #require} of its program) and waits for it at most {@code timeout};
     * fails the test when it does not finish in time or exits with another code than 0.
     *
     * @return what it printed on standard output and error
     */
    public static String run(Duration timeout, String... command) throws IOException, InterruptedException {
        require(command[0]);
        Path output = Files.createTempFile("huiwu-tool", ".log");
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(command[0] + " did not finish within " + timeout.toSeconds() + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("%s exit code; it printed: %s", command[0], printed).isZero();
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Renders the pages {@code first}–{@code last} of a PDF to {@code <stem>-N.png} with pdftoppm at the given dpi. */
    public static void renderPages(Path pdf, int first, int last, int dpi, Path stem)
            throws IOException, InterruptedException {
        run(Duration.ofSeconds(120), "pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", String.valueOf(first),
                "-l", String.valueOf(last), pdf.toString(), stem.toString());
    }

    /** Renders one page of a PDF to {@code png} (its name must end in .png) with pdftoppm at the given dpi. */
    public static Path renderPage(Path pdf, int page, int dpi, Path png) throws IOException, InterruptedException {
        String stem = png.toString().replaceAll("\\.png$", "");
        run(Duration.ofSeconds(120), "pdftoppm", "-png", "-r", String.valueOf(dpi), "-singlefile", "-f",
                String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), stem);
        assertThat(png).exists();
        return png;
    }

    /**
     * Converts a spreadsheet to CSV with LibreOffice headless (its own profile in {@code outDir}), as a
     * person's spreadsheet program would read it, and returns the CSV file.
     */
    public static Path libreOfficeToCsv(Path spreadsheet, Path outDir, String filterOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        run(Duration.ofSeconds(240), "soffice", "--headless", "-env:UserInstallation="
                + outDir.resolve("lo-profile").toUri(), "--convert-to", "csv:Text - txt - csv (StarCalc):"
                + filterOptions, "--outdir", outDir.toString(), spreadsheet.toString());
        String name = spreadsheet.getFileName().toString().replaceAll("\\.[^.]+$", ".csv");
        Path csv = outDir.resolve(name);
        assertThat(csv).as("LibreOffice wrote the CSV").exists();
        return csv;
    }

    /**
     * Converts one sheet (numbered from 1) of a spreadsheet to CSV with LibreOffice headless and returns the
     * CSV file; LibreOffice names it after the sheet when a sheet is chosen.
     */
    public static Path libreOfficeSheetToCsv(Path spreadsheet, Path outDir, int sheet)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        run(Duration.ofSeconds(240), "soffice", "--headless", "-env:UserInstallation="
                + outDir.resolve("lo-profile").toUri(), "--convert-to", "csv:Text - txt - csv (StarCalc):"
                + "44,34,76,1,,0,false,true,false,false,false," + sheet, "--outdir", outDir.toString(),
                spreadsheet.toString());
        try (var files = Files.list(outDir)) {
            Path csv = files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            assertThat(csv).as("LibreOffice wrote the CSV").isNotNull();
            return csv;
        }
    }

    public static boolean onPath(String program) {
        if (Path.of(program).isAbsolute()) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void missing(String what) {
        if (System.getenv("CI") != null) {
            fail(what + ": the tests need it on CI (.ci/run installs it)");
        }
        Assumptions.abort(what);
    }
}
