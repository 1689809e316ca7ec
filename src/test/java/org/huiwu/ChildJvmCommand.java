package org.huiwu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that builds the command line of a child JVM for tests: this JVM's {@code java}, this test
 * run's class path, UTF-8 for files and both standard streams, headless, and a home folder of its own inside
 * the test's work folder; then any extra JVM options, the main class and its arguments. Test code; stateless.
 */
public final class ChildJvmCommand {

    private ChildJvmCommand() {
    }

    /**
     * The command to start {@code main} with {@code args}.
     *
     * @param workDir the test's folder; the child's {@code user.home} is its {@code home} subfolder
     * @param jvmOptions extra options such as {@code -Xmx256m} or {@code -Duser.language=en}
     */
    public static List<String> of(Path workDir, List<String> jvmOptions, String main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Djava.awt.headless=true", "-Duser.home=" + workDir.resolve("home")));
        command.addAll(jvmOptions);
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }

    /** The command to start {@code main} with {@code args} and no extra JVM options. */
    public static List<String> of(Path workDir, Class<?> main, String... args) {
        return of(workDir, List.of(), main.getName(), args);
    }
}
