package org.huiwu.dist;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Build-time tool of the {@code dist} profile (decision 0023): makes the class-data sharing archive the app
 * image's launcher uses. A training start opens the window on Monocle's headless glass (from this class path)
 * with a data folder holding the sample meeting and records the classes it loads until the meeting list is
 * filled; then the image's own Java dumps those classes, read from the image's jar, into the archive. The
 * archive names the jar by its path, so it serves the image where it was built; the Debian package makes it
 * again at the installed path (its {@code postinst}). Single-threaded command; fails the build on failure.
 */
public final class ClassArchive {

    private static final long TIMEOUT_SECONDS = 300;

    private ClassArchive() {
    }

    /** {@code ClassArchive <image's java> <image's jar> <class list to write> <archive to write>}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        make(Path.of(args[0]), Path.of(args[1]).toAbsolutePath(), Path.of(args[2]), Path.of(args[3]));
    }

    static void make(Path java, Path jar, Path classList, Path archive) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("huiwu-cds");
        Path data = work.resolve("data");
        String trainingJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        run(List.of(trainingJava, "-cp", jar.toString(), "org.huiwu.Launcher", "sample", "--data-dir", data.toString()),
                work.resolve("sample.log"));
        train(trainingJava, jar, data, classList, work);
        run(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString()), work.resolve("dump.log"));
        System.out.printf("class-data sharing archive %s (%d classes listed, %.1f MB)%n", archive,
                Files.readAllLines(classList, StandardCharsets.UTF_8).size(), Files.size(archive) / 1e6);
    }

    /** Starts the window headless until its meeting list is filled, recording every class it loads. */
    private static void train(String java, Path jar, Path data, Path classList, Path work)
            throws IOException, InterruptedException {
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Monocle jar on the class path"));
        Path marks = work.resolve("marks");
        List<String> command = new ArrayList<>(List.of(java, "-XX:DumpLoadedClassList=" + classList,
                "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dhuiwu.startup.marks=" + marks, "-cp", jar + File.pathSeparator + monocle, "org.huiwu.Launcher",
                "--data-dir", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("training.log").toFile()).start();
        long deadline = System.currentTimeMillis() + TIMEOUT_SECONDS * 1000;
        try {
            while (!(Files.exists(marks) && Files.readString(marks).contains("interactive"))) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IOException("the training start did not fill its meeting list; see "
                            + work.resolve("training.log"));
                }
                Thread.sleep(100);
            }
            Thread.sleep(2000);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed; see " + log);
        }
    }
}
