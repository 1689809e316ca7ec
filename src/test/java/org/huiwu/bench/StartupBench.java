package org.huiwu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.huiwu.ui.common.StartupMarks;

/**
 * Start-up time of the window against its floor, in one run: starts, alternating, the minimal JavaFX
 * window ({@link MinimalWindow}, from the same jar, same JVM and flags) and Huiwu from the built jar on a
 * fresh copy of a data folder that holds the sample meeting, and reads the {@link StartupMarks} each writes:
 * seconds from process start to the first shown window and to the meeting list being filled. By default
 * both run on Monocle's headless glass (this machine has no GTK 3, so the real glass cannot start): Monocle's
 * jar is added to both class paths and Huiwu starts through its {@code Launcher}. With {@code gtk} as the third
 * argument both run on the real GTK glass under Xvfb (started on display :99 when DISPLAY is unset) and Huiwu
 * with {@code -jar}. Both get {@code -Dprism.order=sw}. Prints each start, the medians and their ratio. Test code.
 *
 * <p>Run after {@code mvn -o -q package -DskipTests}:
 * {@code mvn -o -Pbench test-compile exec:exec -Dbench.main=org.huiwu.bench.StartupBench -Dbench.args=}.
 * Arguments: the variants (default {@code minimal,huiwu}; {@code huiwu-cds} adds
 * {@code -XX:SharedArchiveFile=target/huiwu.jsa}; {@code image} starts the app image of {@code mvn -Pdist package},
 * {@code target/dist/image/Huiwu/bin/Huiwu}, with its own runtime and archive, the flags through
 * {@code JAVA_TOOL_OPTIONS}; with {@code gtk} only), the counted rounds (3), and {@code gtk} or {@code monocle}.
 */
public final class StartupBench {

    private static final long TIMEOUT_MILLIS = 180_000;

    private StartupBench() {
    }

    record Start(String variant, double shownSeconds, double interactiveSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("startup.jar", "target/huiwu.jar")).toAbsolutePath();
        Path testClasses = Path.of("target/test-classes").toAbsolutePath();
        List<String> variants = Arrays.asList((args.length > 0 ? args[0] : "minimal,huiwu").split(","));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean gtk = args.length > 2 && args[2].equals("gtk");
        List<String> jvmArgs = List.of("-Dprism.order=sw");
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        String monocle = null;
        if (!gtk) {
            monocle = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Monocle jar on the bench class path"));
            jvmArgs = new ArrayList<>(jvmArgs);
            jvmArgs.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless"));
        } else if (display == null || display.isBlank()) {
            display = ":99";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1366x768x24").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
        }
        Path work = Files.createTempDirectory("huiwu-startup");
        Path sample = work.resolve("sample");
        run(List.of("java", "-jar", jar.toString(), "sample", "--data-dir", sample.toString()), work.resolve("sample.log"),
                display);
        System.out.printf("start-up %s, jvm args %s, load average %s%n", gtk ? "under Xvfb " + display
                + " (real GTK glass)" : "on Monocle headless", jvmArgs, loadAverage());
        Launch launch = new Launch(jar, testClasses, monocle, jvmArgs, sample, work, display == null ? "" : display);
        for (String variant : variants) {
            Start warm = launch.start(variant, "warm");
            System.out.printf("warm-up (not counted) %-10s shown %6.2f s, interactive %6.2f s%n", variant,
                    warm.shownSeconds(), warm.interactiveSeconds());
        }
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (String variant : variants) {
                Start start = launch.start(variant, String.valueOf(round));
                starts.computeIfAbsent(variant, v -> new ArrayList<>()).add(start);
                System.out.printf("round %d %-10s shown %6.2f s, interactive %6.2f s%n", round, variant,
                        start.shownSeconds(), start.interactiveSeconds());
            }
        }
        report(starts);
        System.out.printf("load average at the end: %s%n", loadAverage());
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    private static void report(Map<String, List<Start>> starts) {
        List<Start> floor = starts.get("minimal");
        double floorShown = floor == null ? Double.NaN : median(floor, true);
        double floorReady = floor == null ? Double.NaN : median(floor, false);
        for (Map.Entry<String, List<Start>> entry : starts.entrySet()) {
            double shown = median(entry.getValue(), true);
            double ready = median(entry.getValue(), false);
            System.out.printf("median %-10s first window %6.2f s (floor %.2f s, %.2f×; goal ≤ 1.5×), "
                            + "interactive %6.2f s (floor %.2f s, %.2f×; goal ≤ 2×)%n", entry.getKey(), shown, floorShown,
                    shown / floorShown, ready, floorReady, ready / floorReady);
        }
    }

    private static double median(List<Start> starts, boolean shown) {
        double[] values = starts.stream().mapToDouble(s -> shown ? s.shownSeconds() : s.interactiveSeconds()).sorted()
                .toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void run(List<String> command, Path log, String display) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (display != null && !display.isEmpty()) {
            builder.environment().put("DISPLAY", display);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " failed; see " + log);
        }
    }

    /** Starts one variant in a child JVM and waits for both of its marks. */
    record Launch(Path jar, Path testClasses, String monocle, List<String> jvmArgs, Path sample, Path work,
            String display) {

        Start start(String variant, String label) throws IOException, InterruptedException {
            Path marks = work.resolve(variant + "-" + label + ".marks");
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(jvmArgs);
            command.add("-D" + StartupMarks.PROPERTY + "=" + marks);
            String toolOptions = null;
            String classPath = monocle == null ? jar.toString() : jar + java.io.File.pathSeparator + monocle;
            if (variant.equals("minimal")) {
                command.addAll(List.of("-cp", classPath + java.io.File.pathSeparator + testClasses,
                        MinimalWindow.class.getName()));
            } else if (variant.equals("image")) {
                Path data = dataFolder(variant, label);
                toolOptions = String.join(" ", command.subList(1, command.size()));
                command = List.of(Path.of(System.getProperty("startup.image", "target/dist/image/Huiwu/bin/Huiwu"))
                        .toAbsolutePath().toString(), "--data-dir", data.toString());
            } else {
                if (variant.equals("huiwu-cds")) {
                    command.add("-XX:SharedArchiveFile=" + jar.resolveSibling("huiwu.jsa"));
                }
                Path data = dataFolder(variant, label);
                command.addAll(monocle == null ? List.of("-jar", jar.toString()) : List.of("-cp", classPath,
                        "org.huiwu.Launcher"));
                command.addAll(List.of("--data-dir", data.toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve(variant + "-" + label + ".log").toFile());
            if (!display.isEmpty()) {
                builder.environment().put("DISPLAY", display);
            }
            if (toolOptions != null) {
                builder.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
            }
            long started = System.currentTimeMillis();
            Process process = builder.start();
            try {
                Map<String, Long> seen = waitForMarks(marks, process);
                return new Start(variant, (seen.get("shown") - started) / 1000.0,
                        (seen.get("interactive") - started) / 1000.0);
            } finally {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        /** A fresh copy of the data folder holding the sample meeting (the database and its secret). */
        private Path dataFolder(String variant, String label) throws IOException {
            Path data = work.resolve("data-" + variant + "-" + label);
            Files.createDirectories(data);
            for (String file : List.of("huiwu.mv.db", "huiwu.secret")) {
                Files.copy(sample.resolve(file), data.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            return data;
        }

        private static Map<String, Long> waitForMarks(Path marks, Process process) throws IOException, InterruptedException {
            long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                Map<String, Long> seen = new LinkedHashMap<>();
                if (Files.exists(marks)) {
                    for (String line : Files.readAllLines(marks, StandardCharsets.UTF_8)) {
                        String[] parts = line.split(" ");
                        if (parts.length == 2) {
                            seen.put(parts[0], Long.parseLong(parts[1]));
                        }
                    }
                }
                if (seen.containsKey("shown") && seen.containsKey("interactive")) {
                    return seen;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the window exited before its marks; see " + marks.resolveSibling(
                            marks.getFileName().toString().replace(".marks", ".log")));
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("no start-up marks in " + marks + " within " + TIMEOUT_MILLIS + " ms");
        }
    }
}
