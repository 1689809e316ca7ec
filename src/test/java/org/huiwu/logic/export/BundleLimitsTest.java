package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.huiwu.Launcher;
import org.huiwu.SmallHeapJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.huiwu.logic.limits.InputLimits;

/**
 * Bundles beyond {@link BundleLimits} are refused from the sizes their zip declares, before anything is
 * unpacked, and a zip that declares less than it holds is refused as soon as the extra bytes arrive. The
 * 1 GiB cases run the real {@code verify} and {@code merge} commands in a child JVM with a 256 MB heap, so they
 * prove the bound: reading such an entry into memory there ends in an OutOfMemoryError.
 */
class BundleLimitsTest {

    private static final long MEGABYTE = 1024L * 1024;
    private static final String SMALL_HEAP = "256m";
    private static final long CHILD_SECONDS = 120;

    @TempDir
    static Path dir;

    /** A 4.6 MB bundle whose {@code meeting.json} unpacks to 1 GiB of spaces. */
    private static Path bomb;
    /** The same bundle with the central directory declaring {@code meeting.json} as 1,000 bytes. */
    private static Path forged;

    @BeforeAll
    static void writeBombs() throws IOException {
        bomb = bundle(dir.resolve("bomb.huiwu"), Map.of("meeting.json", 1024 * MEGABYTE));
        forged = dir.resolve("forged.huiwu");
        Files.write(forged, declareSize(Files.readAllBytes(bomb), "meeting.json", 1_000));
    }

    @Test
    void verifyRefusesAOneGibibyteEntryWithinASmallHeapInChinese() throws Exception {
        SmallHeapJvm.Result result = SmallHeapJvm.run(dir, SMALL_HEAP, "zh", CHILD_SECONDS, Launcher.class,
                "verify", bomb.toString());

        assertThat(result.output()).doesNotContain("OutOfMemoryError", "Exception")
                .contains("数据包 " + bomb + " 中的 meeting.json 超过大小上限（32 MB），未导入任何内容。");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void verifyRefusesAnEntryThatHoldsMoreThanItDeclaresWithinASmallHeap() throws Exception {
        SmallHeapJvm.Result result = SmallHeapJvm.run(dir, SMALL_HEAP, "en", CHILD_SECONDS, Launcher.class,
                "verify", forged.toString());

        assertThat(result.output()).doesNotContain("OutOfMemoryError", "Exception")
                .contains("The file meeting.json in the bundle " + forged + " holds more than the bundle declares");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void mergeRefusesTheForgedBundleWithinASmallHeapAndLeavesNoStagedFiles() throws Exception {
        Path data = dir.resolve("data");
        SmallHeapJvm.Result result = SmallHeapJvm.run(dir, SMALL_HEAP, "zh", CHILD_SECONDS, Launcher.class,
                "merge", "--data-dir", data.toString(), forged.toString());

        assertThat(result.output()).doesNotContain("OutOfMemoryError", "Exception")
                .contains("数据包 " + forged + " 中的 meeting.json 比数据包记录的大小更大");
        assertThat(result.exitCode()).isEqualTo(1);
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".merge-"));
        }
    }

    @Test
    void anAttachmentOverItsLimitIsRefusedBeforeItIsUnpacked() throws IOException {
        Path big = bundle(dir.resolve("photo.huiwu"), Map.of("files/attachments/a.jpg", 101 * MEGABYTE));

        assertRefused(big, BundleProblem.FILE_TOO_LARGE, "files/attachments/a.jpg", 100);
    }

    @Test
    void jsonDocumentsOverTheirTotalAreRefused() throws IOException {
        Path big = bundle(dir.resolve("data.huiwu"), Map.of("meeting.json", 30 * MEGABYTE, "seating.json",
                30 * MEGABYTE, "service.json", 30 * MEGABYTE));

        assertRefused(big, BundleProblem.DATA_TOO_LARGE, "", 64);
    }

    @Test
    void aBundleOfTooManyFilesIsRefused() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        for (int i = 0; i <= InputLimits.MAX_BUNDLE_FILES; i++) {
            files.put("files/attachments/" + i + ".txt", 1L);
        }
        Path many = bundle(dir.resolve("many.huiwu"), files);

        assertRefused(many, BundleProblem.TOO_MANY_FILES, "", InputLimits.MAX_BUNDLE_FILES);
    }

    private static void assertRefused(Path bundle, BundleProblem problem, String detail, long limit) {
        assertThatThrownBy(() -> new BundleReader().read(bundle))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.messageArguments()).containsExactly(bundle.toString(), detail, limit);
                });
    }

    /** A bundle with a manifest listing each file (of that many spaces) under a made-up checksum. */
    private static Path bundle(Path target, Map<String, Long> sizes) throws IOException {
        StringBuilder manifest = new StringBuilder("{\"formatVersion\":2,\"meetingId\":\"00000000-0000-0000-0000-000000000001\","
                + "\"files\":[");
        sizes.keySet().forEach(name -> manifest.append("{\"path\":\"").append(name).append("\",\"sha256\":\"0\"},"));
        manifest.setLength(manifest.length() - 1);
        manifest.append("]}");
        byte[] spaces = new byte[(int) MEGABYTE];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target));
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry(BundleFormat.MANIFEST));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, Long> entry : sizes.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                for (long left = entry.getValue(); left > 0; left -= spaces.length) {
                    zip.write(spaces, 0, (int) Math.min(left, spaces.length));
                }
            }
        }
        return target;
    }

    /** The zip with the central directory's uncompressed size of {@code name} replaced, as a forger would. */
    private static byte[] declareSize(byte[] zip, String name, int size) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = zip.length - 46; at >= 0; at--) {
            if (bytes.getInt(at) == 0x02014b50 && bytes.getShort(at + 28) == wanted.length
                    && Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                bytes.putInt(at + 24, size);
                return zip;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
