package org.huiwu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleContents;
import org.huiwu.logic.export.BundleReader;
import org.huiwu.logic.export.BundleRejectedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify}: checks a sealed bundle (zip intact, format readable, every checksum right, nothing
 * added) without a data folder. Exit 0 when intact, 1 with the reason otherwise. Confined to the calling
 * thread.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Checks that a .huiwu bundle is unchanged.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "FILE", description = "The .huiwu bundle.")
    private Path bundle;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        I18n i18n = CliText.forSystemLocale();
        try {
            BundleContents contents = new BundleReader().read(bundle);
            spec.commandLine().getOut().println(i18n.format("export.cli.verified", bundle.toString(),
                    contents.meetingId().toString(), contents.fileCount(), contents.formatVersion()));
            return 0;
        } catch (BundleRejectedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
