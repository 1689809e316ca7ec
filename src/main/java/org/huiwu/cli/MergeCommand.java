package org.huiwu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BundleMerger.MergeResult;
import org.huiwu.logic.export.BundleRejectedException;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MergePermission;
import org.huiwu.logic.export.Signer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge}: imports bundles from other laptops into the data folder, all or nothing; a damaged, changed,
 * badly signed or unsigned bundle is refused with its reason; a new signer is trusted on first use and said so
 * (decision 0025). Confined to the calling thread.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "cli.merge.bundles")
    private List<Path> bundles;

    @Option(names = "--allow-unsigned", descriptionKey = "cli.merge.allowUnsigned")
    private boolean allowUnsigned;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        I18n i18n = CliText.forSystemLocale();
        try {
            return data.useEvenUnsettled(context -> {
                MergeResult result = context.bundleMerger().merge(bundles,
                        MergePermission.ON_FIRST_USE.allowingUnsigned(allowUnsigned), ExportMonitor.none());
                for (Signer signer : result.newlyTrusted()) {
                    spec.commandLine().getOut().println(i18n.format("export.cli.trustedSigner", signer.name(),
                            signer.fingerprint()));
                }
                if (result.unsigned() > 0) {
                    spec.commandLine().getOut().println(i18n.format("export.cli.mergedUnsigned", result.unsigned()));
                }
                spec.commandLine().getOut().println(i18n.format("export.cli.merged", result.messageArguments()));
                if (context.classifiedFolder().needsDecision()) {
                    spec.commandLine().getErr().println(i18n.get("cli.classified.afterMerge"));
                    return 3;
                }
                return 0;
            });
        } catch (BundleRejectedException e) {
            throw ExportFailures.of(i18n, e);
        } catch (ExportFailedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
