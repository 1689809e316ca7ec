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
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confirmed save survives the process being killed right after (SIGKILL, no shutdown hooks): a
 * separate JVM saves a meeting through {@link org.huiwu.logic.meetings.MeetingCatalog}, reports it,
 * and is killed; this JVM then opens the same folder and finds the meeting.
 */
class DurabilityTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void meetingSavedBeforeAKillIsFoundAfterwards() throws Exception {
        Process child = startWriter();
        UUID savedId;
        try {
            CompletableFuture<String> savedLine = CompletableFuture.supplyAsync(() -> firstSavedLine(child));
            String line = savedLine.get(WAIT_SECONDS, TimeUnit.SECONDS);
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
            assertThat(context.meetings().find(savedId)).map(Meeting::title).contains("断电前保存的会议");
            assertThat(context.meetings().find(savedId).orElseThrow().agenda()).hasSize(3);
        }
    }

    private Process startWriter() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", "-Duser.home=" + dataDir.resolve("home"),
                WriteThenWait.class.getName(), dataDir.resolve("data").toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(dataDir.resolve("child-stderr.txt").toFile());
        return builder.start();
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
