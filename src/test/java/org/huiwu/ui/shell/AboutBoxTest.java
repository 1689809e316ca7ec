package org.huiwu.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The About box shows the version the build stamped in, the same as the pom's. */
class AboutBoxTest {

    @Test
    void theBuildStampsItsVersionIntoTheApp() {
        assertThat(AboutBox.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
