package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.huiwu.ChildJvmCommand;
import org.huiwu.logic.sample.SampleMeeting;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command given bad input prints exactly one line on standard error, nothing on standard output, and
 * ends with a non-zero code; details (stack traces, POI's warnings for an {@code .xlsx} that is no workbook)
 * go only to the log file. The commands run in a child JVM set up as the launcher sets up a command run, so
 * everything the process writes to its terminal is seen.
 */
class OneLinePerFailureTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandWithBadInputPrintsOneLineAndLogsTheDetails() throws Exception {
        Path data = dir.resolve("data");
        String sample = SampleMeeting.ID.toString();
        String nobody = UUID.randomUUID().toString();
        Path fakeXlsx = dir.resolve("名单.xlsx");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(fakeXlsx))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("a zip, but no workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path fakeDocx = Files.write(dir.resolve("list.xlsx.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Path junk = Files.writeString(dir.resolve("junk.huiwu"), "not a bundle");
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("no command", List.of());
        bad.put("unknown command", List.of("explode"));
        bad.put("missing option", List.of("attendees", "--data-dir", data.toString()));
        bad.put("malformed id", List.of("attendees", "--data-dir", data.toString(), "--meeting", "not-a-uuid"));
        bad.put("unknown meeting", List.of("attendees", "--data-dir", data.toString(), "--meeting", nobody));
        bad.put("xlsx that is no workbook", List.of("import", "--data-dir", data.toString(), "--meeting", sample,
                fakeXlsx.toString()));
        bad.put("truncated zip named xlsx", List.of("import", "--data-dir", data.toString(), "--meeting", sample,
                Files.copy(fakeDocx, dir.resolve("truncated.xlsx")).toString()));
        bad.put("missing import file", List.of("import", "--data-dir", data.toString(), "--meeting", sample,
                dir.resolve("none.csv").toString()));
        bad.put("seat-order bad layout", List.of("seat-order", "--layout", "nonsense", "--seats", "5"));
        bad.put("seat-chart unknown meeting", List.of("seat-chart", "--data-dir", data.toString(), "--meeting", nobody,
                "--out", dir.resolve("c.png").toString()));
        bad.put("name-cards unknown meeting", List.of("name-cards", "--data-dir", data.toString(), "--meeting",
                nobody, "--out", dir.resolve("c.pdf").toString()));
        bad.put("export bad format", List.of("export", "--data-dir", data.toString(), "--meeting", sample,
                "--format", "doc", "--out", dir.toString()));
        bad.put("export into a file", List.of("export", "--data-dir", data.toString(), "--meeting", sample,
                "--format", "xlsx", "--out", aFile.toString()));
        bad.put("verify junk", List.of("verify", junk.toString()));
        bad.put("verify missing", List.of("verify", dir.resolve("none.huiwu").toString()));
        bad.put("merge junk", List.of("merge", "--data-dir", data.toString(), junk.toString()));
        bad.put("restore junk", List.of("restore", "--data-dir", data.toString(), junk.toString()));
        bad.put("backup keeps none", List.of("backup", "--data-dir", data.toString(), "--keep", "0"));
        bad.put("data folder is a file", List.of("meetings", "--data-dir", aFile.toString()));

        List<String> args = new ArrayList<>(List.of("sample", "--data-dir", data.toString()));
        for (List<String> run : bad.values()) {
            args.add(";;");
            args.addAll(run);
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(ChildJvmCommand.of(dir, List.of("-Duser.language=en", "-Duser.country=US"),
                OneLineRuns.class.getName(), args.toArray(String[]::new)))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("the runs ended").isTrue();
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(stdout).as(stderr).contains("#DONE");

        List<List<String>> outs = split(stdout);
        List<List<String>> errs = split(stderr);
        assertThat(outs.get(0)).last().isEqualTo("#EXIT 0");
        assertThat(errs.get(0)).as("the sample run").isEmpty();
        List<String> names = new ArrayList<>(bad.keySet());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 1; i <= names.size(); i++) {
            String name = names.get(i - 1);
            softly.assertThat(outs.get(i)).as("%s: standard output holds only the exit code", name).hasSize(1)
                    .first().asString().startsWith("#EXIT ").isNotEqualTo("#EXIT 0");
            softly.assertThat(errs.get(i)).as("%s: one line on standard error", name).singleElement().asString()
                    .isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        }
        softly.assertAll();
        Path log = dir.resolve("home").resolve(".huiwu").resolve("logs").resolve(CliLog.FILE);
        try (Stream<Path> logs = Files.walk(dir.resolve("home"))) {
            Path found = logs.filter(p -> p.getFileName().toString().equals(CliLog.FILE)).findFirst().orElse(log);
            assertThat(Files.readString(found, StandardCharsets.UTF_8)).as("the details are in the log file")
                    .contains("\tat ");
        }
    }

    /** The lines of each run, after its {@code #RUN} marker (the {@code #DONE} line dropped). */
    private static List<List<String>> split(String text) {
        List<List<String>> runs = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("#RUN ")) {
                runs.add(new ArrayList<>());
            } else if (!line.startsWith("#DONE") && !runs.isEmpty()) {
                runs.get(runs.size() - 1).add(line);
            }
        }
        return runs;
    }
}
