package org.huiwu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BackupRejectedException;
import org.huiwu.logic.export.BackupRestore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore}: replaces the data folder's database with a backup, after checking the backup opens as
 * a database; refused while the window (or anything else) has the database open. Confined to the
 * calling thread.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "cli.restore.file")
    private Path backup;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        I18n i18n = CliText.forSystemLocale();
        InputFile.require(backup, i18n);
        try {
            int meetings = BackupRestore.restore(backup, data.laptopFolder(), data.passphrase());
            spec.commandLine().getOut().println(i18n.format("export.cli.restored", backup.toString(), meetings));
            return 0;
        } catch (BackupRejectedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
