package org.huiwu.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DataFolder}: an explicit folder wins, then the {@code huiwu.data} system property, then the
 * operating system's per-user folder. The property is restored after each test.
 */
class DataFolderTest {

    @TempDir
    Path tempDir;

    private String savedProperty;

    @BeforeEach
    void rememberProperty() {
        savedProperty = System.getProperty(DataFolder.PROPERTY);
        System.clearProperty(DataFolder.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (savedProperty == null) {
            System.clearProperty(DataFolder.PROPERTY);
        } else {
            System.setProperty(DataFolder.PROPERTY, savedProperty);
        }
    }

    @Test
    void explicitFolderWinsOverTheProperty() {
        System.setProperty(DataFolder.PROPERTY, tempDir.resolve("from-property").toString());

        assertThat(DataFolder.resolve(tempDir.resolve("explicit"))).isEqualTo(tempDir.resolve("explicit"));
    }

    @Test
    void explicitRelativeFolderIsMadeAbsolute() {
        assertThat(DataFolder.resolve(Path.of("relative"))).isEqualTo(Path.of("relative").toAbsolutePath());
    }

    @Test
    void propertyIsUsedWithoutAnExplicitFolder() {
        System.setProperty(DataFolder.PROPERTY, tempDir.resolve("from-property").toString());

        assertThat(DataFolder.resolve(null)).isEqualTo(tempDir.resolve("from-property"));
    }

    @Test
    void blankPropertyFallsBackToThePerUserFolder() {
        System.setProperty(DataFolder.PROPERTY, "  ");

        assertThat(DataFolder.resolve(null)).isEqualTo(DataFolder.perUserDefault(System.getProperty("os.name", ""),
                System.getenv(), System.getProperty("user.home")));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.perUserDefault("Windows 11", Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming"),
                "C:\\Users\\li")).isEqualTo(Path.of("C:\\Users\\li\\AppData\\Roaming", "Huiwu"));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderHome() {
        assertThat(DataFolder.perUserDefault("Windows 10", Map.of(), "/home/li"))
                .isEqualTo(Path.of("/home/li", "AppData", "Roaming", "Huiwu"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DataFolder.perUserDefault("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/Huiwu"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataFolder.perUserDefault("Linux", Map.of("XDG_DATA_HOME", "/data/li"), "/home/li"))
                .isEqualTo(Path.of("/data/li/huiwu"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(DataFolder.perUserDefault("Linux", Map.of(), "/home/li"))
                .isEqualTo(Path.of("/home/li/.local/share/huiwu"));
        assertThat(DataFolder.perUserDefault("Linux", Map.of("XDG_DATA_HOME", ""), "/home/li"))
                .isEqualTo(Path.of("/home/li/.local/share/huiwu"));
    }
}
