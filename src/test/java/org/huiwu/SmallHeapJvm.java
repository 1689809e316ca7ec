package org.huiwu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a child JVM on this test's class path with a fixed maximum heap, so a test can prove
 * that work stays within that heap (an OutOfMemoryError there ends the child with a non-zero exit). Output
 * and error are collected in a file in the work folder. Test code; stateless.
 */
public final class SmallHeapJvm {

    /** What the child printed (standard output and error together) and how it ended. */
    public record Result(int exitCode, String output) {
    }

    private SmallHeapJvm() {
    }

    /**
     * Runs {@code main} with {@code -Xmx<heap>} and the language given, waits at most {@code seconds}.
     *
     * @param heap such as "256m"
     * @param language "zh" or "en": the command line's language
     */
    public static Result run(Path workDir, String heap, String language, long seconds, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = ChildJvmCommand.of(workDir, List.of("-Xmx" + heap, "-Duser.language=" + language,
                "-Duser.country=" + ("zh".equals(language) ? "CN" : "US")), main.getName(), args);
        Path output = Files.createTempFile(workDir, main.getSimpleName(), ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                return new Result(-1, "timed out after " + seconds + " s\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
        }
    }
}
