package org.huiwu.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The dist profile's choice of installer per system, checked without that system: a .deb on Linux, a .msi or
 * .exe on Windows only with the WiX Toolset on the PATH (and a message naming it when absent), a .dmg on
 * macOS, and a clear refusal of an installer for another system than the one building.
 */
class InstallersTest {

    private static final Set<String> NONE = Set.of();

    @Test
    void eachSystemBuildsItsOwnInstaller() {
        assertThat(Installers.problem("deb", "Linux", NONE::contains)).isNull();
        assertThat(Installers.problem("app-image", "Linux", NONE::contains)).isNull();
        assertThat(Installers.problem("dmg", "Mac OS X", NONE::contains)).isNull();
        assertThat(Installers.problem("msi", "Windows 11", Set.of("candle.exe", "light.exe")::contains)).isNull();
        assertThat(Installers.problem("exe", "Windows 10", Set.of("wix.exe")::contains)).isNull();
    }

    @Test
    void windowsWithoutWixIsToldWhatIsMissing() {
        assertThat(Installers.problem("msi", "Windows 11", NONE::contains))
                .contains("WiX Toolset", "candle.exe", "wix.exe", "app-image");
        assertThat(Installers.problem("exe", "Windows 11", Set.of("candle.exe")::contains)).contains("WiX Toolset");
    }

    @Test
    void anInstallerForAnotherSystemIsRefusedWithTheReason() {
        assertThat(Installers.problem("msi", "Linux", NONE::contains)).contains("only on Windows", "this is Linux");
        assertThat(Installers.problem("dmg", "Linux", NONE::contains)).contains("only on macOS");
        assertThat(Installers.problem("deb", "Mac OS X", NONE::contains)).contains("only on Linux");
        assertThat(Installers.problem("zip", "Linux", NONE::contains)).contains("Unknown installer type");
    }
}
