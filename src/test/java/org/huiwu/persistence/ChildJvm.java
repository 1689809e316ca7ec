package org.huiwu.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfile.encoding=UTF-8", "-Duser.home=" + workDir.resolve("home"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command)
                .redirectError(workDir.resolve(main.getSimpleName() + "-stderr.txt").toFile()).start());
    }

    Process process() {
        return process;
    }

    /** The first output line starting with {@code prefix}, or null when the output ends without one. */
    String firstLineStartingWith(String prefix) {
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
