package org.huiwu.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Build-time tool of the {@code dist} profile: packs the fat jar into a self-contained app image and an
 * installer of the given type with the JDK's {@code jpackage}, on the system it runs on (jpackage cannot
 * build for another one), with a class-data sharing archive made for the image ({@link ClassArchive}). Writes under {@code target/dist}: {@code image/Huiwu…} and the installer.
 * Single-threaded command; fails the build when jpackage fails.
 */
public final class Installers {

    /** The JDK modules the app needs: jdeps' list plus what is reached by name only (crypto, charsets, locales). */
    static final String MODULES = String.join(",", "java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.logging", "java.management", "java.naming", "java.prefs", "java.scripting", "java.security.jgss",
            "java.sql", "java.xml", "java.xml.crypto", "jdk.charsets", "jdk.crypto.ec", "jdk.jfr", "jdk.localedata",
            "jdk.net", "jdk.unsupported", "jdk.unsupported.desktop", "jdk.zipfs");

    /**
     * The class-data sharing archive beside the jar, which the launcher names with {@code -XX:SharedArchiveFile}
     * (decision 0023); the JVM ignores it (and starts as without it) when the jar is not where it was made.
     */
    static final String ARCHIVE = "huiwu.jsa";
    /** The classes a training start loaded, kept in the image so an installer can make the archive again. */
    static final String CLASS_LIST = "huiwu.classlist";

    private Installers() {
    }

    /** {@code Installers <type> <version> <project folder> <target folder>}; type deb, rpm, msi, exe, dmg, pkg or app-image. */
    public static void main(String[] args) throws IOException, InterruptedException {
        String type = args[0];
        String problem = problem(type, System.getProperty("os.name"), Installers::onPath);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        String version = args[1];
        Path project = Path.of(args[2]);
        Path target = Path.of(args[3]);
        Path dist = target.resolve("dist");
        Path input = Files.createDirectories(dist.resolve("input"));
        Files.copy(target.resolve("huiwu.jar"), input.resolve("huiwu.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path image = dist.resolve("image");
        deleteTree(image);
        run(imageCommand(version, project, dist, input, image));
        Path app = appFolder(appImage(image));
        ClassArchive.make(runtimeJava(appImage(image)), app.resolve("huiwu.jar"), app.resolve(CLASS_LIST),
                app.resolve(ARCHIVE));
        if (!type.equals("app-image")) {
            Path associations = dist.resolve("huiwu-bundle.properties");
            Files.writeString(associations, "extension=huiwu\nmime-type=application/x-huiwu-bundle\n"
                    + "description=Huiwu bundle (会务数据包)\n");
            List<String> command = installerCommand(type, version, dist, image, associations);
            Path resources = project.resolve("src/dist").resolve(isWindows() ? "windows" : isMac() ? "macos" : "linux");
            if (Files.isDirectory(resources)) {
                command.addAll(List.of("--resource-dir", resources.toString()));
            }
            run(command);
        }
    }

    /**
     * Why an installer of this type cannot be built on this system, or null when it can: jpackage builds
     * only for the system it runs on (.deb/.rpm on Linux, .msi/.exe on Windows, .dmg/.pkg on macOS), and on
     * Windows it needs the WiX Toolset (3.x: candle.exe and light.exe; 4 or later: wix.exe) on the PATH.
     */
    static String problem(String type, String osName, java.util.function.Predicate<String> onPath) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "Windows" : os.startsWith("mac") ? "macOS" : "Linux";
        String needs = switch (type) {
            case "app-image" -> system;
            case "deb", "rpm" -> "Linux";
            case "msi", "exe" -> "Windows";
            case "dmg", "pkg" -> "macOS";
            default -> null;
        };
        if (needs == null) {
            return "Unknown installer type '" + type + "': use deb, rpm, msi, exe, dmg, pkg or app-image.";
        }
        if (!needs.equals(system)) {
            return "jpackage builds a ." + type + " only on " + needs + ", and this is " + system
                    + ". Build it on " + needs + ", or build -Dinstaller.type=app-image here.";
        }
        if (needs.equals("Windows") && !(onPath.test("candle.exe") && onPath.test("light.exe"))
                && !onPath.test("wix.exe")) {
            return "Building a ." + type + " needs the WiX Toolset on the PATH (WiX 3: candle.exe and light.exe;"
                    + " WiX 4 or later: wix.exe), and none was found. Install it from https://wixtoolset.org,"
                    + " or build -Dinstaller.type=app-image for a folder that runs without installing.";
        }
        return null;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(folder -> !folder.isBlank() && Files.isRegularFile(Path.of(folder, program)));
    }

    private static List<String> imageCommand(String version, Path project, Path dist, Path input, Path image) {
        List<String> command = new ArrayList<>(List.of(jpackage(), "--type", "app-image", "--name", "Huiwu",
                "--app-version", version, "--vendor", "Huiwu", "--copyright", "Huiwu contributors",
                "--description", "Meeting service for government meetings (会务)",
                "--input", input.toString(), "--main-jar", "huiwu.jar", "--main-class", "org.huiwu.Launcher",
                "--java-options", "-Dfile.encoding=UTF-8", "--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE,
                "--add-modules", MODULES,
                "--jlink-options", "--strip-debug --no-man-pages --no-header-files",
                "--icon", dist.resolve("icons").resolve(iconFile()).toString(), "--dest", image.toString()));
        if (isMac()) {
            command.addAll(List.of("--mac-package-name", "Huiwu"));
        }
        return command;
    }

    private static List<String> installerCommand(String type, String version, Path dist, Path image, Path associations) {
        List<String> command = new ArrayList<>(List.of(jpackage(), "--type", type, "--name", "Huiwu",
                "--app-version", version, "--vendor", "Huiwu", "--copyright", "Huiwu contributors",
                "--description", "Meeting service for government meetings (会务)",
                "--app-image", appImage(image).toString(), "--file-associations", associations.toString(),
                "--dest", dist.toString()));
        if (isWindows()) {
            command.addAll(List.of("--win-menu", "--win-menu-group", "Huiwu", "--win-shortcut", "--win-dir-chooser",
                    "--win-per-user-install", "--win-upgrade-uuid", "6d1f3c52-8f0e-4b7a-9d55-4a2f8a7c1e90"));
        } else if (!isMac()) {
            command.addAll(List.of("--linux-package-name", "huiwu", "--linux-menu-group", "Office",
                    "--linux-app-category", "office", "--linux-shortcut",
                    "--linux-deb-maintainer", "huiwu@localhost"));
        }
        return command;
    }

    /** The folder holding the jar ({@code $APPDIR} to the launcher). */
    private static Path appFolder(Path appImage) {
        return isMac() ? appImage.resolve("Contents/app") : isWindows() ? appImage.resolve("app")
                : appImage.resolve("lib/app");
    }

    /** The runtime's own {@code java} (kept in the image for making the archive, here and at install). */
    private static Path runtimeJava(Path appImage) {
        return isMac() ? appImage.resolve("Contents/runtime/Contents/Home/bin/java")
                : isWindows() ? appImage.resolve("runtime/bin/java.exe") : appImage.resolve("lib/runtime/bin/java");
    }

    private static Path appImage(Path image) {
        return image.resolve(isMac() ? "Huiwu.app" : "Huiwu");
    }

    private static String iconFile() {
        return isWindows() ? "huiwu.ico" : isMac() ? "huiwu.icns" : "huiwu.png";
    }

    private static String jpackage() {
        Path inJdk = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "jpackage.exe" : "jpackage");
        return Files.isExecutable(inJdk) ? inJdk.toString() : "jpackage";
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean isMac() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException("jpackage failed with exit code " + exit + ": " + String.join(" ", command));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
