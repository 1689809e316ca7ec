package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.huiwu.ChildJvmCommand;
import org.huiwu.Launcher;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.persistence.WriteThenWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands in separate processes on one data folder with no window open (issue 17 §4): several imports
 * started at once all succeed, waiting for each other; and after the process holding the database is
 * killed, {@code restore} sees the lock is stale instead of asking to close the window.
 */
@ExtendWith(EnglishLocale.class)
class ConcurrentCommandsTest {

    private static final int IMPORTS = 4;

    @TempDir
    Path dir;

    @Test
    void fourImportsStartedAtOnceAllSucceed() throws Exception {
        Path data = dir.resolve("data");
        assertThat(HuiwuCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "sample", "--data-dir", data.toString())).isZero();
        List<Process> imports = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            Path csv = Files.writeString(dir.resolve("list" + i + ".csv"),
                    "姓名,单位,职务\n甲" + i + ",市财政局,局长\n乙" + i + ",市教育局,局长\n丙" + i + ",市民政局,局长\n",
                    StandardCharsets.UTF_8);
            imports.add(command(i, "import", "--data-dir", data.toString(), "--meeting", SampleMeeting.ID.toString(),
                    csv.toString()));
        }
        for (int i = 0; i < IMPORTS; i++) {
            Process process = imports.get(i);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("import " + i + " ended").isTrue();
            assertThat(process.exitValue()).as("import %d: %s", i, Files.readString(dir.resolve("err" + i + ".txt")))
                    .isZero();
        }
        StringWriter out = new StringWriter();
        assertThat(HuiwuCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "attendees", "--data-dir", data.toString(), "--meeting", SampleMeeting.ID.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(19 + 3 * IMPORTS);
    }

    @Test
    void restoreAfterTheHolderWasKilledSeesTheStaleLock() throws Exception {
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), "backup", "--data-dir", data.toString());
        Path backup = Path.of(out.toString().strip().replace("Backed up to ", ""));
        Process holder = java(WriteThenWait.class.getName(), data.toString()).redirectError(dir.resolve("holder.txt").toFile())
                .start();
        try {
            String line = new String(holder.getInputStream().readNBytes(6), StandardCharsets.UTF_8);
            assertThat(line).isEqualTo("SAVED ");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }

        err = new StringWriter();
        int code = HuiwuCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "restore", "--data-dir", data.toString(), backup.toString());

        assertThat(code).as(err.toString()).isZero();
    }

    private Process command(int index, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(Launcher.class.getName()));
        all.addAll(List.of(args));
        return java(all.toArray(String[]::new))
                .redirectOutput(dir.resolve("out" + index + ".txt").toFile())
                .redirectError(dir.resolve("err" + index + ".txt").toFile()).start();
    }

    private ProcessBuilder java(String... mainAndArgs) {
        return new ProcessBuilder(ChildJvmCommand.of(dir, List.of("-Duser.language=en",
                "-Dhuiwu.data=" + dir.resolve("home-data")), mainAndArgs[0],
                java.util.Arrays.copyOfRange(mainAndArgs, 1, mainAndArgs.length)));
    }
}
