package org.huiwu.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.huiwu.ExternalTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portable jar (run by {@code mvn -Pportable verify}): it carries the JavaFX natives of each supported
 * system in its own folder and none at its root, and on this machine it opens the window under Xvfb after
 * unpacking this system's natives into the user's cache.
 */
class PortableJarIT {

    private static final String DISPLAY = ":86";

    @TempDir
    Path folder;

    private Process xvfb;
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : new Process[] {app, xvfb}) {
            if (process != null) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void carriesEverySystemsNativesInItsOwnFolder() throws IOException {
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            for (String library : List.of("natives/windows-x64/glass.dll", "natives/macos-x64/libglass.dylib",
                    "natives/macos-arm64/libglass.dylib", "natives/linux-x64/libglass.so",
                    "natives/linux-arm64/libglass.so", "natives/linux-x64/libglassgtk3.so",
                    "natives/windows-x64/prism_d3d.dll", "natives/macos-arm64/libprism_es2.dylib")) {
                assertThat(jar.getEntry(library)).as(library).isNotNull();
            }
            assertThat(jar.stream().map(entry -> entry.getName())
                    .filter(name -> !name.contains("/") && name.matches(".*\\.(so|dll|dylib)"))).isEmpty();
        }
    }

    @Test
    void opensTheWindowOnThisMachine() throws Exception {
        ExternalTools.require("Xvfb");
        Path home = Files.createDirectories(folder.resolve("home"));
        xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1366x768x24").start();
        ExternalTools.run(Duration.ofSeconds(30), "sh", "-c", "until xdpyinfo -display " + DISPLAY
                + " >/dev/null 2>&1; do sleep 0.2; done");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Dprism.order=sw", "-jar", jar().toString(), "--data-dir",
                folder.resolve("data").toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("app.log").toFile());
        java.environment().put("DISPLAY", DISPLAY);
        java.environment().remove("XDG_CACHE_HOME");
        app = java.start();

        ExternalTools.run(Duration.ofMinutes(3), "env", "DISPLAY=" + DISPLAY, "xdotool", "search", "--sync",
                "--onlyvisible", "--name", "会务");

        try (var cached = Files.list(home.resolve(".cache/huiwu/natives"))) {
            Path natives = cached.findFirst().orElseThrow();
            assertThat(natives.getFileName().toString()).endsWith("-linux-x64").doesNotStartWith("dev");
            assertThat(natives.resolve("libglass.so")).exists();
        }
    }

    private static Path jar() {
        return Path.of(System.getProperty("portable.jar"));
    }
}
