package org.huiwu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.Backups;
import org.huiwu.persistence.DatabaseEncryption;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code encrypt}: turns on encryption at rest for a data folder (README, "Privacy"). It backs the database
 * up first, encrypts the file with the passphrase given (standard input or {@code HUIWU_PASSPHRASE}), opens
 * it with the passphrase to check, and only then removes the unencrypted backups and makes the first
 * encrypted one. The window must be closed. Confined to the calling thread.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true)
final class EncryptCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        I18n i18n = CliText.forSystemLocale();
        Path folder = data.laptopFolder();
        if (AppContext.isEncrypted(folder)) {
            throw new CommandFailure(i18n.format("privacy.cli.alreadyEncrypted", folder.toString()));
        }
        String passphrase = data.passphrase();
        if (passphrase == null || passphrase.isBlank()) {
            throw new CommandFailure(i18n.get("privacy.cli.noPassphrase"));
        }
        data.useEvenUnsettled(context -> {
            context.backups(Integer.MAX_VALUE).backUp();
            return 0;
        });
        DatabaseEncryption.encrypt(folder, passphrase);
        List<Path> plain = Backups.listIn(folder);
        for (Path backup : plain) {
            Files.deleteIfExists(backup);
        }
        data.useEvenUnsettled(context -> {
            context.backups(10).backUp();
            return 0;
        });
        spec.commandLine().getOut().println(i18n.format("privacy.cli.encrypted", folder.toString(), plain.size()));
        return 0;
    }
}
