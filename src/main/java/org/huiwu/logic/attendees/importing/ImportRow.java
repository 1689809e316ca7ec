package org.huiwu.logic.attendees.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Side;

/**
 * One data row of an import as it would become an attendee, with the problems found in it.
 * {@code rowNumber} is the row the user sees in Excel. {@code rank} is 0, and {@code role} or
 * {@code side} null, when that cell could not be read (an ERROR in {@code problems} says why).
 * Text is kept exactly as in the file apart from surrounding whitespace. Immutable; safe to share.
 */
public record ImportRow(
        int rowNumber,
        String name,
        String organisation,
        String position,
        int rank,
        AttendeeRole role,
        Side side,
        String notes,
        List<ImportProblem> problems) {

    public ImportRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(notes, "notes");
        problems = List.copyOf(problems);
    }

    /** True when any problem of this row blocks the import. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(problem -> problem.severity() == ProblemSeverity.ERROR);
    }

    /** True when this row has a problem with the given code. */
    public boolean has(ImportProblemCode code) {
        return problems.stream().anyMatch(problem -> problem.code() == code);
    }

    ImportRow withRank(int newRank) {
        return new ImportRow(rowNumber, name, organisation, position, newRank, role, side, notes, problems);
    }

    ImportRow withProblem(ImportProblem problem) {
        List<ImportProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new ImportRow(rowNumber, name, organisation, position, rank, role, side, notes, more);
    }

    /**
     * The attendee this row creates, expected to check in.
     *
     * @throws IllegalStateException when the row has errors
     */
    public Attendee toAttendee(UUID id, UUID meetingId) {
        if (hasErrors()) {
            throw new IllegalStateException("row " + rowNumber + " has errors and cannot be imported");
        }
        return new Attendee(id, meetingId, name, organisation, position, rank, role, side,
                CheckInStatus.EXPECTED, notes);
    }
}
