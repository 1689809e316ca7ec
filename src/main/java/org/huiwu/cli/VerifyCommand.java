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
 * {@code verify}: checks a bundle (zip intact, format readable, signature valid, every checksum right, nothing
 * added) without a data folder, and prints its signer (name and fingerprint) or that it is unsigned. Exit 0
 * when intact, 1 with the reason otherwise. Whether this laptop trusts the signer is for {@code merge}.
 * Confined to the calling thread.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "cli.verify.file")
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
            spec.commandLine().getOut().println(contents.signed()
                    ? i18n.format("export.cli.signedBy", contents.signer().name(), contents.signer().fingerprint())
                    : i18n.get("export.cli.unsigned"));
            return 0;
        } catch (BundleRejectedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
