package org.huiwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.model.StorageProblem;
import org.huiwu.persistence.DatabaseEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's data folder opened while the toolkit starts (decision 0023): the opening runs on a thread of its
 * own and hands over the context with the saved language and theme, a failure the window can explain, or
 * nothing for an encrypted folder, whose passphrase the window asks for.
 */
class FolderOpeningTest {

    @TempDir
    Path dataDir;

    @Test
    void opensTheFolderWithItsSavedLanguageAndThemeOffTheCallingThread() throws Exception {
        try (AppContext context = AppContext.open(dataDir, Clock.systemDefaultZone())) {
            context.preferences().setLanguage(Language.ENGLISH);
            context.preferences().setTheme(Theme.DIM);
        }

        FolderOpening opening = FolderOpening.begin(dataDir, java.util.List.of()).get(2, TimeUnit.MINUTES);

        try (AppContext context = opening.context) {
            assertThat(context).isNotNull();
            assertThat(opening.failure).isNull();
            assertThat(opening.language).isEqualTo(Language.ENGLISH);
            assertThat(opening.theme).isEqualTo(Theme.DIM);
        }
    }

    @Test
    void aDamagedFolderIsAFailureToExplainNotAnException() throws Exception {
        byte[] junk = new byte[16 * 1024];
        new Random(20261207L).nextBytes(junk);
        Files.write(dataDir.resolve("huiwu.mv.db"), junk);

        FolderOpening opening = FolderOpening.begin(dataDir, java.util.List.of()).get(2, TimeUnit.MINUTES);

        assertThat(opening.context).isNull();
        assertThat(opening.failure.problem()).isEqualTo(StorageProblem.CORRUPT);
    }

    @Test
    void anEncryptedFolderIsLeftForTheWindowToAskItsPassphrase() throws Exception {
        AppContext.open(dataDir, Clock.systemDefaultZone()).close();
        DatabaseEncryption.encrypt(dataDir, "correct horse battery");

        assertThat(FolderOpening.begin(dataDir, java.util.List.of()).get(2, TimeUnit.MINUTES)).isNull();
    }
}
