package org.huiwu.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.huiwu.ExternalTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package as a user meets it (run by {@code mvn -Pdist verify} on Debian-family Linux as root):
 * installed with apt, it puts a menu entry and a file association for {@code .huiwu} bundles, its launcher
 * opens the window under Xvfb with a fresh data folder, a bundle given to the launcher (as the file manager
 * does on a double-click) opens the merge question, and removing the package leaves nothing in /opt.
 */
class DistributionIT {

    private static final Path INSTALLED = Path.of("/opt/huiwu");
    private static final String DISPLAY = ":87";

    @TempDir
    Path folder;

    private Process xvfb;
    private Process app;

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : new Process[] {app, xvfb}) {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theDebianPackageInstallsStartsAndUninstalls() throws Exception {
        assumeTrue("deb".equals(System.getProperty("installer.type")), "the Debian package is built on Debian only");
        assumeTrue("root".equals(System.getProperty("user.name")), "installing a package needs root");
        Path deb = single(Path.of(System.getProperty("dist.folder")), "huiwu_", ".deb");
        for (String folderOfMenus : List.of("/usr/share/applications", "/usr/share/desktop-directories",
                "/usr/share/mime/packages", "/usr/share/icons/hicolor")) {
            Files.createDirectories(Path.of(folderOfMenus));
        }

        ExternalTools.run(Duration.ofMinutes(5), "apt-get", "install", "-y", "-qq", deb.toAbsolutePath().toString());

        assertThat(INSTALLED.resolve("bin/Huiwu")).isExecutable();
        String entry = Files.readString(Path.of("/usr/share/applications/huiwu-Huiwu.desktop"));
        assertThat(entry).contains("Exec=/opt/huiwu/bin/Huiwu %f", "MimeType=application/x-huiwu-bundle",
                "Name[zh_CN]=会务");
        assertThat(ExternalTools.run(Duration.ofSeconds(30), "xdg-mime", "query", "default",
                "application/x-huiwu-bundle").strip()).isEqualTo("huiwu-Huiwu.desktop");

        Path data = folder.resolve("data");
        xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1366x768x24").start();
        ExternalTools.run(Duration.ofSeconds(30), "sh", "-c", "until xdpyinfo -display " + DISPLAY
                + " >/dev/null 2>&1; do sleep 0.2; done");
        ProcessBuilder launcher = new ProcessBuilder(INSTALLED.resolve("bin/Huiwu").toString(), "--data-dir",
                data.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("app.log").toFile());
        launcher.environment().put("DISPLAY", DISPLAY);
        app = launcher.start();
        ExternalTools.run(Duration.ofMinutes(3), "env", "DISPLAY=" + DISPLAY, "xdotool", "search", "--sync",
                "--onlyvisible", "--name", "会务");
        // the window shows before the data folder's database is open (decision 0035): wait for the file it makes
        ExternalTools.run(Duration.ofMinutes(2), "sh", "-c", "until [ -f '" + data.resolve("huiwu.mv.db")
                + "' ]; do sleep 0.2; done");
        assertThat(data.resolve("huiwu.mv.db")).exists();
        app.destroy();
        app.waitFor(60, TimeUnit.SECONDS);

        String launcherPath = INSTALLED.resolve("bin/Huiwu").toString();
        Path laptop = folder.resolve("laptop");
        String meeting = ExternalTools.run(Duration.ofMinutes(2), launcherPath, "sample", "--data-dir",
                laptop.toString()).strip();
        Path bundles = Files.createDirectories(folder.resolve("bundles"));
        ExternalTools.run(Duration.ofMinutes(2), launcherPath, "export", "--data-dir", laptop.toString(), "--meeting",
                meeting.lines().reduce((first, second) -> second).orElse(meeting).strip(), "--format", "bundle",
                "--out", bundles.toString(), "--signer", "吕佳");
        Path bundle = single(bundles, "", ".huiwu");
        ProcessBuilder opened = new ProcessBuilder(launcherPath, "--data-dir", data.toString(), bundle.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("app-bundle.log").toFile());
        opened.environment().put("DISPLAY", DISPLAY);
        app = opened.start();
        ExternalTools.run(Duration.ofMinutes(3), "env", "DISPLAY=" + DISPLAY, "xdotool", "search", "--sync",
                "--onlyvisible", "--name", "合并数据包");
        stop();
        app = null;
        xvfb = null;

        ExternalTools.run(Duration.ofMinutes(2), "dpkg", "--remove", "huiwu");
        assertThat(INSTALLED).doesNotExist();
        assertThat(Path.of("/usr/share/applications/huiwu-Huiwu.desktop")).doesNotExist();
    }

    private static Path single(Path folder, String prefix, String suffix) throws IOException {
        try (var files = Files.list(folder)) {
            List<Path> matches = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(matches).as("installers in %s", folder).hasSize(1);
            return matches.get(0);
        }
    }
}
