package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.huiwu.AppContext;
import org.huiwu.ChildJvmCommand;
import org.huiwu.logic.sample.SampleMeeting;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app processes (two laptops, each with its own data folder) on one PostgreSQL database read the same attendee
 * and each saves a different position from that read (decision 0031): the first is stored, the second is refused
 * as a conflict and does not overwrite it. PostgreSQL run only (on H2 two laptops do not share a database; the
 * same check with two stores on one H2 file is {@code VersionedEditDaoTest}).
 */
@Tag("dao")
class TwoLaptopsEditOneAttendeeTest {

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theSecondSaveFromTheSameReadIsRefused() throws Exception {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        DatabaseServer server = TestStores.freshServer();
        try (AppContext setup = AppContext.open(workDir.resolve("supervisor"), Clock.systemUTC(), server, Duration.ZERO,
                () -> { }, null)) {
            setup.sampleMeeting().ensure();
        }
        List<Process> laptops = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        String[] positions = {"党组书记", "秘书长"};
        try {
            for (int i = 0; i < 2; i++) {
                ProcessBuilder builder = new ProcessBuilder(ChildJvmCommand.of(workDir, EditAttendeeOnServer.class,
                        workDir.resolve("laptop" + i).toString(), server.url(), server.user(), positions[i]))
                        .redirectError(workDir.resolve("laptop" + i + "-stderr.txt").toFile());
                builder.environment().put("HUIWU_DB_PASSWORD", server.password());
                Process laptop = builder.start();
                laptops.add(laptop);
                outputs.add(new BufferedReader(new InputStreamReader(laptop.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader output : outputs) {
                lineStartingWith(output, "READ");
            }
            List<String> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Writer in = new OutputStreamWriter(laptops.get(i).getOutputStream(), StandardCharsets.UTF_8);
                in.write("SAVE\n");
                in.flush();
                results.add(lineStartingWith(outputs.get(i), "SAVED "));
            }
            assertThat(results).containsExactly("SAVED true 党组书记", "SAVED false 党组书记");
            for (Process laptop : laptops) {
                assertThat(laptop.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(laptop.exitValue()).isZero();
            }
            try (AppContext reader = AppContext.open(workDir.resolve("supervisor"), Clock.systemUTC(), server,
                    Duration.ZERO, () -> { }, null)) {
                assertThat(reader.roster().list(SampleMeeting.ID).get(0).position()).isEqualTo("党组书记");
            }
        } finally {
            laptops.forEach(Process::destroyForcibly);
        }
    }

    private static String lineStartingWith(BufferedReader output, String prefix) throws java.io.IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the laptop ended without a " + prefix.strip() + " line");
    }
}
