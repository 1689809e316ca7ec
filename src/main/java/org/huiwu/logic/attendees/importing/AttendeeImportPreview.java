package org.huiwu.logic.attendees.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.huiwu.model.Attendee;

/**
 * What importing a list would do: the data rows as they would become attendees, every problem found
 * (whole-file problems first, then row problems in file order), and the attendees to create. The
 * import is all-or-nothing: when {@link #hasErrors()} the caller must refuse it, and
 * {@link #attendees} refuses too. Immutable; safe to share between threads.
 */
public final class AttendeeImportPreview {

    private final List<ImportRow> rows;
    private final List<ImportProblem> fileProblems;

    AttendeeImportPreview(List<ImportRow> rows, List<ImportProblem> fileProblems) {
        this.rows = List.copyOf(rows);
        this.fileProblems = List.copyOf(fileProblems);
    }

    /** The data rows in file order (header, title and blank rows left out). */
    public List<ImportRow> rows() {
        return rows;
    }

    /** Problems about the whole file, such as a missing name column. */
    public List<ImportProblem> fileProblems() {
        return fileProblems;
    }

    /** All problems: whole-file ones first, then each row's in file order. */
    public List<ImportProblem> problems() {
        return Stream.concat(fileProblems.stream(), rows.stream().flatMap(row -> row.problems().stream())).toList();
    }

    /** The problems of one severity, e.g. to count warnings. */
    public List<ImportProblem> problems(ProblemSeverity severity) {
        return problems().stream().filter(problem -> problem.severity() == severity).toList();
    }

    /** True when any problem blocks the import. */
    public boolean hasErrors() {
        return fileProblems.stream().anyMatch(problem -> problem.severity() == ProblemSeverity.ERROR)
                || rows.stream().anyMatch(ImportRow::hasErrors);
    }

    /**
     * The attendees the import creates, one per row in file order, each with a fresh id.
     *
     * @throws IllegalStateException when the preview has errors
     */
    public List<Attendee> attendees(UUID meetingId, Supplier<UUID> ids) {
        Objects.requireNonNull(meetingId, "meetingId");
        if (hasErrors()) {
            throw new IllegalStateException("the import has errors; nothing may be imported");
        }
        List<Attendee> attendees = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            attendees.add(row.toAttendee(ids.get(), meetingId));
        }
        return List.copyOf(attendees);
    }
}
