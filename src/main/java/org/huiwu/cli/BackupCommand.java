package org.huiwu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFailedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup}: backs the data folder's database up into its {@code backups} folder (works while the
 * window is open), keeping the newest K backups. Confined to the calling thread.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--keep", defaultValue = "10", paramLabel = "K",
            descriptionKey = "cli.backup.keep")
    private int keep;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (keep < 1 || keep > 1000) {
            throw UsageErrors.of(spec, "cli.usage.keepRange");
        }
        I18n i18n = CliText.forSystemLocale();
        try {
            return data.useEvenUnsettled(context -> {
                Path backup = context.backups(keep).backUp();
                spec.commandLine().getOut().println(i18n.format("export.cli.backedUp", backup.toString()));
                return 0;
            });
        } catch (ExportFailedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
