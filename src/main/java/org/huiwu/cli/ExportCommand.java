package org.huiwu.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ExportFailedException;
import org.huiwu.logic.export.ExportFormat;
import org.huiwu.logic.export.ExportMonitor;
import org.huiwu.logic.export.MeetingExports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes meetings (chosen by id or by a date range) as XLSX, CSV, the PDF service report
 * or sealed bundles into a folder, through the same export as the window. Works while the window has
 * the data folder open. Holds the parsed options of one invocation; confined to the calling thread.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Mixin
    private ClassifiedExportOptions classified;

    @Option(names = "--meeting", paramLabel = "ID", descriptionKey = "cli.export.meeting")
    private List<UUID> meetingIds;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.export.from")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.export.to")
    private LocalDate to;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", descriptionKey = "cli.export.format")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.outFolder")
    private Path out;

    @Option(names = "--signer", paramLabel = "NAME", descriptionKey = "cli.export.signer")
    private String signer;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> ExportFormat.XLSX;
            case "csv" -> ExportFormat.CSV;
            case "pdf" -> ExportFormat.PDF;
            case "bundle" -> ExportFormat.BUNDLE;
            default -> throw UsageErrors.of(spec, "cli.usage.exportFormat", format);
        };
        boolean byId = meetingIds != null && !meetingIds.isEmpty();
        boolean byRange = from != null || to != null;
        if (byId == byRange || byRange && (from == null || to == null || to.isBefore(from))) {
            throw UsageErrors.of(spec, "cli.usage.exportSelection");
        }
        I18n i18n = CliText.forSystemLocale();
        try {
            return data.use(context -> {
                List<UUID> meetings = byId ? meetingIds : context.exports(i18n).meetingsBetween(from, to);
                if (byId) {
                    meetings.forEach(id -> MeetingLookup.require(context, id));
                } else if (meetings.isEmpty()) {
                    throw new CommandFailure(i18n.format("export.cli.noMeetings", from.toString(), to.toString()));
                }
                Path sealed = classified.exportIfClassified(context, i18n, meetings, chosen, out);
                if (sealed != null) {
                    spec.commandLine().getOut().println(i18n.format("privacy.cli.sealed", sealed.toString()));
                    return 0;
                }
                MeetingExports exports = context.exports(i18n, signer == null ? "" : signer);

                List<Path> files = exports.export(meetings, chosen, out, ExportMonitor.none());
                files.forEach(file -> spec.commandLine().getOut().println(i18n.format("export.cli.written",
                        file.toString())));
                spec.commandLine().getOut().println(i18n.format("export.cli.done", files.size()));
                return 0;
            });
        } catch (ExportFailedException e) {
            throw ExportFailures.of(i18n, e);
        }
    }
}
