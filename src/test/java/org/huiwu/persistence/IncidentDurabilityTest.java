package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.huiwu.AppContext;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reported incident survives the process being killed right after (SIGKILL, no shutdown hooks): a
 * separate JVM reports an incident and ticks a step through the incident desk, says so, and is killed;
 * this JVM then opens the same folder and finds both.
 */
class IncidentDurabilityTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void incidentReportedBeforeAKillIsFoundAfterwards() throws Exception {
        Process child = startReporter();
        UUID savedId;
        try {
            String line = CompletableFuture.supplyAsync(() -> firstSavedLine(child)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(line).as("the child's SAVED line").startsWith("SAVED ");
            savedId = UUID.fromString(line.substring("SAVED ".length()).strip());

            child.destroyForcibly();
            assertThat(child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("child ended after SIGKILL").isTrue();
            assertThat(child.exitValue()).as("killed, not a normal exit").isNotZero();
        } finally {
            child.destroyForcibly();
            child.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        try (AppContext context = AppContext.open(dataDir.resolve("data"), Clock.systemUTC())) {
            Incident found = context.incidents().log().find(savedId).orElseThrow();
            assertThat(found.type()).isEqualTo(IncidentType.MEDICAL_EMERGENCY);
            assertThat(found.description()).isEqualTo("断电前登记的事件");
            assertThat(context.incidents().log().history(savedId)).hasSize(2);
            assertThat(context.incidents().checklists().of(savedId).lines().get(0).done()).isTrue();
        }
    }

    private Process startReporter() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", "-Duser.home=" + dataDir.resolve("home"),
                ReportIncidentThenWait.class.getName(), dataDir.resolve("data").toString());
        return new ProcessBuilder(command).redirectError(dataDir.resolve("child-stderr.txt").toFile()).start();
    }

    /** The first line starting with SAVED, or null when the child's output ends without one. */
    private static String firstSavedLine(Process child) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("SAVED ")) {
                    return line;
                }
            }
            return null;
        } catch (IOException closed) {
            return null;
        }
    }
}
