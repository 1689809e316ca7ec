package org.huiwu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.ImportMode;
import org.huiwu.logic.attendees.importing.AttendeeImportPreview;
import org.huiwu.logic.attendees.importing.ImportFileException;
import org.huiwu.logic.attendees.importing.ImportMonitor;
import org.huiwu.logic.attendees.importing.ImportProblem;
import org.huiwu.logic.attendees.importing.ProblemSeverity;
import org.huiwu.logic.attendees.importing.SourceTable;
import org.huiwu.logic.messages.ImportProblemTexts;
import org.huiwu.i18n.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import}: imports an attendee list (CSV or Excel) into a meeting with the same rules as the
 * window. Every problem goes to standard error with its row; when any is an error nothing is imported. A file
 * that is missing, a folder, a pipe or unreadable is refused before the database is opened. With
 * {@code --replace} the file's attendees take the place of the meeting's (as the window's "replace" choice).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Option(names = "--meeting", required = true, paramLabel = "ID", descriptionKey = "cli.meeting")
    private UUID meetingId;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "cli.import.sheet")
    private String sheet;

    @Option(names = "--replace", descriptionKey = "cli.import.replace.help")
    private boolean replace;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.file")
    private Path file;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        I18n text = CliText.forSystemLocale();
        ImportProblemTexts problems = new ImportProblemTexts(text);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputFile.require(file, text);
        return data.use(context -> {
            MeetingLookup.require(context, meetingId);
            AttendeeImport importer = context.attendeeImport();
            SourceTable table;
            try {
                table = importer.read(file, sheet, ImportMonitor.none());
            } catch (ImportFileException e) {
                throw new CommandFailure(problems.describe(e.problem()));
            }
            ImportMode mode = replace ? ImportMode.REPLACE : ImportMode.ADD;
            AttendeeImportPreview preview = importer.preview(meetingId, table, importer.recognise(table), mode,
                    ImportMonitor.none());
            for (ImportProblem problem : preview.problems()) {
                if (problem.severity() != ProblemSeverity.NOTE) {
                    err.println(problems.describe(problem));
                }
            }
            if (preview.hasErrors()) {
                throw new CommandFailure(text.format("cli.import.refused", preview.problems(ProblemSeverity.ERROR).size()));
            }
            int removed = replace ? importer.countExisting(meetingId) : 0;
            int imported = importer.commit(meetingId, preview, mode);
            out.println(replace ? text.format("cli.import.replaced", imported, removed)
                    : text.format("cli.import.done", imported));
            return 0;
        });
    }
}
