package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.huiwu.ChildJvmCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise that commands work while the window is open, across processes: a child JVM holds the
 * data folder open as the window does, and commands run in this process on the same folder meanwhile. Each
 * side sees the other's committed rows, and the window still closes cleanly afterwards. About behaviour only:
 * how the two processes share the database is not looked at.
 */
@ExtendWith(EnglishLocale.class)
class CommandsBesideTheWindowTest {

    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void commandsAndTheOpenWindowSeeEachOthersCommittedRows() throws Exception {
        Path data = dir.resolve("data");
        Process window = new ProcessBuilder(ChildJvmCommand.of(dir, OpenWindowHolder.class, data.toString()))
                .redirectError(dir.resolve("window-stderr.txt").toFile()).start();
        try (BufferedReader fromWindow = new BufferedReader(
                new InputStreamReader(window.getInputStream(), StandardCharsets.UTF_8));
                Writer toWindow = new java.io.OutputStreamWriter(window.getOutputStream(), StandardCharsets.UTF_8)) {
            String open = line(fromWindow);
            assertThat(open).as("window opened (%s)", stderr()).startsWith("OPEN ");
            String meeting = open.substring("OPEN ".length());

            Result listed = run("meetings", "--data-dir", data.toString());
            assertThat(listed.code()).as(listed.err()).isZero();
            assertThat(listed.out()).as("the command sees the window's meeting").contains(meeting);

            Path csv = Files.writeString(dir.resolve("list.csv"), "姓名,单位,职务\n甲,市财政局,局长\n乙,市教育局,局长\n",
                    StandardCharsets.UTF_8);
            Result imported = run("import", "--data-dir", data.toString(), "--meeting", meeting, csv.toString());
            assertThat(imported.code()).as(imported.err()).isZero();

            assertThat(ask(toWindow, fromWindow, "COUNT")).as("the window sees the command's rows")
                    .isEqualTo("ATTENDEES 2");
            assertThat(ask(toWindow, fromWindow, "ADD 丙")).isEqualTo("ADDED");

            Result attendees = run("attendees", "--data-dir", data.toString(), "--meeting", meeting);
            assertThat(attendees.code()).as(attendees.err()).isZero();
            assertThat(attendees.out().lines()).as("the command sees the window's later row").hasSize(3)
                    .anyMatch(l -> l.contains("丙"));

            assertThat(ask(toWindow, fromWindow, "CLOSE")).isEqualTo("CLOSED");
            assertThat(window.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("window ended").isTrue();
            assertThat(window.exitValue()).as(stderr()).isZero();
        } finally {
            window.destroyForcibly();
            window.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        Result after = run("attendees", "--data-dir", data.toString(), "--meeting",
                run("meetings", "--data-dir", data.toString()).out().lines().findFirst().orElseThrow().split("\\s+")[0]);
        assertThat(after.out().lines()).as("all rows are there after the window closed").hasSize(3);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static String ask(Writer toWindow, BufferedReader fromWindow, String request) throws Exception {
        toWindow.write(request + "\n");
        toWindow.flush();
        return line(fromWindow);
    }

    private static String line(BufferedReader reader) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return reader.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private String stderr() throws java.io.IOException {
        Path file = dir.resolve("window-stderr.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
