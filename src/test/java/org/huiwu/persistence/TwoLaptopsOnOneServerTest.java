package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
 * Two app processes (two attendants' laptops, each with its own data folder) on one PostgreSQL database: each
 * serves a different seat of the sample meeting, and afterwards each one's read shows both taps. PostgreSQL run
 * only (skips on H2, where two laptops do not share a database).
 */
@Tag("dao")
class TwoLaptopsOnOneServerTest {

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void seatsServedOnTwoLaptopsAreSeenByBoth() throws Exception {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        DatabaseServer server = TestStores.freshServer();
        try (AppContext setup = AppContext.open(workDir.resolve("supervisor"), Clock.systemUTC(), server, Duration.ZERO,
                () -> { }, null)) {
            setup.sampleMeeting().ensure();
        }

        List<Process> laptops = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        try {
            for (int seat = 0; seat < 2; seat++) {
                ProcessBuilder builder = new ProcessBuilder(ChildJvmCommand.of(workDir, ServeSeatOnServer.class,
                        workDir.resolve("laptop" + seat).toString(), server.url(), server.user(), Integer.toString(seat)))
                        .redirectError(workDir.resolve("laptop" + seat + "-stderr.txt").toFile());
                builder.environment().put("HUIWU_DB_PASSWORD", server.password());
                Process laptop = builder.start();
                laptops.add(laptop);
                outputs.add(new BufferedReader(new InputStreamReader(laptop.getInputStream(), StandardCharsets.UTF_8)));
            }
            List<String> served = new ArrayList<>();
            for (BufferedReader output : outputs) {
                served.add(lineStartingWith(output, "SERVED ").substring("SERVED ".length()));
            }
            for (Process laptop : laptops) {
                Writer in = new java.io.OutputStreamWriter(laptop.getOutputStream(), StandardCharsets.UTF_8);
                in.write("READ\n");
                in.flush();
            }
            for (BufferedReader output : outputs) {
                String seen = lineStartingWith(output, "SEEN ").substring("SEEN ".length());
                assertThat(List.of(seen.split(","))).as("one laptop's read").containsAll(served);
            }
            for (Process laptop : laptops) {
                assertThat(laptop.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(laptop.exitValue()).isZero();
            }
            assertThat(served).doesNotHaveDuplicates().hasSize(2);
            try (AppContext reader = AppContext.open(workDir.resolve("supervisor"), Clock.systemUTC(), server,
                    Duration.ZERO, () -> { }, null)) {
                assertThat(reader.roundBoard().history(SampleMeeting.ID).events())
                        .extracting(event -> event.id().toString()).containsAll(served);
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
