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

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code merge}: imports bundles from other laptops into the data folder, all or nothing; a damaged or
 * changed bundle is refused with its reason. Confined to the calling thread.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Imports .huiwu bundles from other laptops (records matched by id; safe to repeat).")
final class MergeCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .huiwu bundles.")
    private List<Path> bundles;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        I18n i18n = CliText.forSystemLocale();
        try {
            return data.use(context -> {
                MergeResult result = context.bundleMerger().merge(bundles, ExportMonitor.none());
                spec.commandLine().getOut().println(i18n.format("export.cli.merged", result.messageArguments()));
                return 0;
            });
        } catch (BundleRejectedException e) {
            throw ExportFailures.of(i18n, e);
        } catch (ExportFailedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
