package org.huiwu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Makes the portable jar's JavaFX natives loadable. The portable jar carries the native libraries of every
 * supported system under {@code natives/<system>-<arch>/} (their names collide at the jar's root); before
 * JavaFX starts, this copies the running system's set into the per-user cache folder (private to the user,
 * rewritten only when a file differs) and puts that folder first on {@code java.library.path}, where
 * JavaFX's loader looks when a library is not at the jar's root. Any other jar or class folder is left
 * alone. Runs once on the launching thread, before the toolkit exists.
 */
final class PortableNatives {

    static final String FOLDER = "natives/";

    private PortableNatives() {
    }

    /** Prepares the natives when running from a portable jar; a failure leaves JavaFX to report what it misses. */
    static void prepare() {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) {
            return;
        }
        String platform = platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        try {
            unpack(jar.get(), platform, cacheFolder(System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("user.home"), platform)).ifPresent(PortableNatives::putFirstOnLibraryPath);
        } catch (IOException | UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(PortableNatives.class)
                    .warn("Could not unpack the JavaFX natives for {} from {}", platform, jar.get(), e);
        }
    }

    /** {@code windows-x64}, {@code macos-arm64}, {@code linux-x64} and so on. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : "linux";
        String arch = osArch.toLowerCase(Locale.ROOT);
        return system + "-" + (arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64");
    }

    /** The per-user cache folder for this jar version's natives of {@code platform}. */
    static Path cacheFolder(String osName, Map<String, String> environment, String userHome, String platform) {
        String os = osName.toLowerCase(Locale.ROOT);
        String version = Optional.ofNullable(PortableNatives.class.getPackage().getImplementationVersion()).orElse("dev");
        Path base;
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            base = local != null ? Path.of(local, "Huiwu") : Path.of(userHome, "AppData", "Local", "Huiwu");
        } else if (os.startsWith("mac")) {
            base = Path.of(userHome, "Library", "Caches", "Huiwu");
        } else {
            String xdg = environment.get("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg, "huiwu") : Path.of(userHome, ".cache", "huiwu");
        }
        return base.resolve("natives").resolve(version + "-" + platform);
    }

    /**
     * Copies the entries under {@code natives/<platform>/} of {@code jar} into {@code folder}; empty when
     * the jar carries no natives for that platform. Entry names are checked: only plain file names are taken.
     */
    static Optional<Path> unpack(Path jar, String platform, Path folder) throws IOException {
        String prefix = FOLDER + platform + "/";
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> libraries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && isPlainFileName(name.substring(prefix.length()))) {
                    libraries.add(entry);
                }
            }
            if (libraries.isEmpty()) {
                return Optional.empty();
            }
            createPrivately(folder);
            for (ZipEntry entry : libraries) {
                Path file = folder.resolve(entry.getName().substring(prefix.length()));
                if (!sameContent(file, entry)) {
                    Path partial = Files.createTempFile(folder, ".unpacking", ".tmp");
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return Optional.of(folder);
        }
    }

    private static void createPrivately(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static boolean isPlainFileName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals("..") && !name.equals(".");
    }

    private static boolean sameContent(Path file, ZipEntry entry) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue() == entry.getCrc();
    }

    private static void putFirstOnLibraryPath(Path folder) {
        String current = System.getProperty("java.library.path", "");
        System.setProperty("java.library.path",
                current.isEmpty() ? folder.toString() : folder + java.io.File.pathSeparator + current);
    }

    private static Optional<Path> runningJar() {
        try {
            var source = PortableNatives.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
