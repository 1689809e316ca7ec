package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the program decides between the window and a command ({@link Launcher#isWindowLaunch}) and how
 * the window finds {@code --data-dir} ({@link WindowArguments#dataDir}). No toolkit is started.
 */
class LauncherTest {

    @ParameterizedTest(name = "[{0}] opens the window: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | true
            --data-dir /tmp/d           | true
            --data-dir=/tmp/d           | true
            sample                      | false
            meetings --data-dir /tmp/d  | false
            --data-dir /tmp/d meetings  | false
            --data-dir                  | false
            --help                      | false
            --version                   | false
            --data-dir= /tmp/d          | false
            /tmp/b.huiwu                | true
            --data-dir /tmp/d /tmp/b.HUIWU | true
            merge /tmp/b.huiwu          | false
            verify /tmp/b.huiwu         | false
            /tmp/a.huiwu /tmp/b.huiwu   | false
            --db-url jdbc:postgresql://h/huiwu --db-user amy | true
            --data-dir /tmp/d --db-url=jdbc:postgresql://h/huiwu --db-user=amy --db-root-cert /tmp/root.crt | true
            --db-url jdbc:postgresql://h/huiwu meetings | false
            --db-user                   | false
            """)
    void windowOpensOnlyWithoutACommand(String arguments, boolean window) {
        assertThat(Launcher.isWindowLaunch(split(arguments))).isEqualTo(window);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            --data-dir /tmp/d               | /tmp/d
            --data-dir=/tmp/d               | /tmp/d
            --lang zh --data-dir /tmp/d     | /tmp/d
            --data-dir /tmp/a --data-dir /b | /tmp/a
            --data-dir                      | none
            ''                              | none
            sample                          | none
            """)
    void dataDirArgumentIsFoundInEitherForm(String arguments, String expected) {
        Path found = WindowArguments.dataDir(List.of(split(arguments)));

        assertThat(found).isEqualTo(expected == null ? null : Path.of(expected));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            /tmp/b.huiwu                    | /tmp/b.huiwu
            --data-dir /tmp/d /tmp/b.huiwu  | /tmp/b.huiwu
            --data-dir /tmp/x.huiwu         | none
            /tmp/b.zip                      | none
            ''                              | none
            """)
    void theBundleToMergeIsTheArgumentThatIsNoOptionNorTheDataFolder(String arguments, String expected) {
        Path found = WindowArguments.bundle(List.of(split(arguments)));

        assertThat(found).isEqualTo(expected == null ? null : Path.of(expected));
    }

    private static String[] split(String arguments) {
        return arguments.isBlank() ? new String[0] : arguments.strip().split(" ");
    }
}
