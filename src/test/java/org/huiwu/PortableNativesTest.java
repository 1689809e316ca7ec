package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortableNativesTest {

    @TempDir
    Path folder;

    @Test
    void namesEachSystemAndArchitectureAsTheJarDoes() {
        assertThat(PortableNatives.platform("Windows 11", "amd64")).isEqualTo("windows-x64");
        assertThat(PortableNatives.platform("Mac OS X", "aarch64")).isEqualTo("macos-arm64");
        assertThat(PortableNatives.platform("Mac OS X", "x86_64")).isEqualTo("macos-x64");
        assertThat(PortableNatives.platform("Linux", "aarch64")).isEqualTo("linux-arm64");
        assertThat(PortableNatives.platform("Linux", "amd64")).isEqualTo("linux-x64");
    }

    @Test
    void cachesPerUserWhereEachSystemKeepsCaches() {
        assertThat(PortableNatives.cacheFolder("Linux", Map.of(), "/home/a", "linux-x64").toString())
                .startsWith("/home/a/.cache/huiwu/natives/").endsWith("-linux-x64");
        assertThat(PortableNatives.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/c"), "/home/a", "linux-x64")
                .toString()).startsWith("/c/huiwu/natives/");
        assertThat(PortableNatives.cacheFolder("Windows 10", Map.of("LOCALAPPDATA", "L"), "H", "windows-x64")
                .startsWith(Path.of("L", "Huiwu", "natives"))).isTrue();
    }

    @Test
    void unpacksOnlyTheRunningSystemsLibrariesIntoAPrivateFolder() throws IOException {
        Path jar = jar(Map.of("natives/linux-x64/libglass.so", "x64 glass", "natives/linux-arm64/libglass.so", "arm glass",
                "natives/linux-x64/../../evil.so", "escape", "libglass.so", "root"));
        Path cache = folder.resolve("cache");

        Path unpacked = PortableNatives.unpack(jar, "linux-x64", cache).orElseThrow();

        assertThat(unpacked).isEqualTo(cache);
        try (var files = Files.list(cache)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("libglass.so");
        }
        assertThat(Files.readString(cache.resolve("libglass.so"))).isEqualTo("x64 glass");
        assertThat(Files.exists(folder.resolve("evil.so"))).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
    }

    @Test
    void replacesAStaleOrDamagedCopyAndLeavesAGoodOne() throws IOException {
        Path jar = jar(Map.of("natives/linux-x64/libglass.so", "fresh"));
        Path cache = folder.resolve("cache");
        PortableNatives.unpack(jar, "linux-x64", cache);
        Files.writeString(cache.resolve("libglass.so"), "stale");

        PortableNatives.unpack(jar, "linux-x64", cache);

        assertThat(Files.readString(cache.resolve("libglass.so"))).isEqualTo("fresh");
    }

    @Test
    void aJarWithoutNativesForThisSystemIsLeftAlone() throws IOException {
        Path jar = jar(Map.of("natives/windows-x64/glass.dll", "win"));

        assertThat(PortableNatives.unpack(jar, "linux-x64", folder.resolve("cache"))).isEmpty();
        assertThat(Files.exists(folder.resolve("cache"))).isFalse();
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = folder.resolve("portable.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
