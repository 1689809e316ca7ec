package org.huiwu.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.privacy.ConfidentialExports;
import org.huiwu.model.Meeting;

import picocli.CommandLine.Option;

/**
 * The options of {@code export} for 涉密 meetings: an export that holds one is refused unless
 * {@code --confirm-classified} confirms it and a passphrase to seal it with is given; it is then sealed
 * ({@code .huiwu-sealed}, read back with {@code decrypt}) and logged with who exported it. One instance per
 * command invocation; confined to the calling thread.
 */
final class ClassifiedExportOptions {

    /** The environment variable that may hold the passphrase a 涉密 export is sealed with. */
    static final String PASSPHRASE_VARIABLE = "HUIWU_EXPORT_PASSPHRASE";

    @Option(names = "--confirm-classified",
            descriptionKey = "cli.confirmClassified")
    private boolean confirmed;

    @Option(names = "--seal-passphrase-stdin",
            descriptionKey = "cli.sealPassphraseStdin")
    private boolean passphraseFromStdin;

    @Option(names = "--by", paramLabel = "NAME", descriptionKey = "cli.exportedBy")
    private String by;

    /**
     * Exports the meetings sealed when one of them is 涉密 and returns the sealed file; returns null when
     * none is (the export goes on as usual).
     *
     * @throws CommandFailure when a 涉密 export is not confirmed or has no passphrase
     */
    Path exportIfClassified(AppContext context, I18n i18n, List<UUID> meetings, ExportFormat format, Path out) {
        ConfidentialExports exports = context.confidentialExports(i18n);
        List<Meeting> classified = exports.classified(meetings);
        if (classified.isEmpty()) {
            return null;
        }
        String titles = classified.stream().map(Meeting::title).collect(Collectors.joining(i18n.get("list.separator")));
        if (!confirmed) {
            throw new CommandFailure(i18n.format("privacy.cli.confirmClassified", titles));
        }
        String passphrase = passphrase();
        if (passphrase == null || passphrase.isBlank()) {
            throw new CommandFailure(i18n.get("privacy.cli.sealPassphrase"));
        }
        String who = by == null || by.isBlank() ? System.getProperty("user.name", "?") : by.strip();
        return exports.exportSealed(meetings, format, out, passphrase, who);
    }

    private String passphrase() {
        if (!passphraseFromStdin) {
            return System.getenv(PASSPHRASE_VARIABLE);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
