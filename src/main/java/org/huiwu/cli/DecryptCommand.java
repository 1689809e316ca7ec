package org.huiwu.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.SealedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code decrypt}: opens a sealed export ({@code .huiwu-sealed}) into a folder with its passphrase (a line
 * of standard input with {@code --passphrase-stdin}, else {@code HUIWU_EXPORT_PASSPHRASE}); a wrong
 * passphrase or a changed file writes nothing. Confined to the calling thread.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true)
final class DecryptCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "cli.decrypt.file")
    private Path sealed;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.outFolder")
    private Path out;

    @Option(names = "--passphrase-stdin", descriptionKey = "cli.decrypt.passphraseStdin")
    private boolean passphraseFromStdin;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        I18n i18n = CliText.forSystemLocale();
        InputFile.require(sealed, i18n);
        String passphrase = passphraseFromStdin
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                : System.getenv(ClassifiedExportOptions.PASSPHRASE_VARIABLE);
        if (passphrase == null || passphrase.isBlank()) {
            throw new CommandFailure(i18n.get("privacy.cli.sealPassphrase"));
        }
        try {
            List<Path> files = SealedFile.open(sealed, out, passphrase);
            files.forEach(file -> spec.commandLine().getOut().println(i18n.format("export.cli.written", file.toString())));
            return 0;
        } catch (SealedFile.OpenFailedException e) {
            throw new CommandFailure(i18n.format(e.wrongPassphrase() ? "privacy.cli.sealWrong" : "privacy.cli.notSealed",
                    sealed.toString()));
        }
    }
}
