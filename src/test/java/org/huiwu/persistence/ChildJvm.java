package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.huiwu.ChildJvmCommand;

/**
 * Starts a test main in a separate JVM on this test's class path (standard error to a file in the work
 * folder) and reads its protocol line, for tests that SIGKILL the child after a confirmed write. Test
 * code; one instance per child.
 */
final class ChildJvm {

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    static ChildJvm start(Class<?> main, Path workDir, String... args) throws IOException {
        return new ChildJvm(new ProcessBuilder(ChildJvmCommand.of(workDir, main, args))
                .redirectError(workDir.resolve(main.getSimpleName() + "-stderr.txt").toFile()).start());
    }

    /**
     * Waits for the child's protocol line starting with {@code prefix}, then SIGKILLs the child and checks
     * that it died of the kill. Returns the rest of the line (the id the child wrote). The child is always
     * killed, also when a check fails.
     */
    String killAfterLine(String prefix, long waitSeconds) throws Exception {
        try {
            String line = CompletableFuture.supplyAsync(() -> firstLineStartingWith(prefix))
                    .get(waitSeconds, TimeUnit.SECONDS);
            assertThat(line).as("the child's " + prefix.strip() + " line").startsWith(prefix);
            process.destroyForcibly();
            assertThat(process.waitFor(waitSeconds, TimeUnit.SECONDS)).as("child ended after SIGKILL").isTrue();
            assertThat(process.exitValue()).as("killed, not a normal exit").isNotZero();
            return line.substring(prefix.length()).strip();
        } finally {
            process.destroyForcibly();
            process.waitFor(waitSeconds, TimeUnit.SECONDS);
        }
    }

    /** The first output line starting with {@code prefix}, or null when the output ends without one. */
    private String firstLineStartingWith(String prefix) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            return null;
        } catch (IOException closed) {
            return null;
        }
    }
}
