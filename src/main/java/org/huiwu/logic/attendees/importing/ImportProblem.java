package org.huiwu.logic.attendees.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while importing: where (row number as the user sees it in Excel, or
 * {@link #WHOLE_FILE}), what ({@link ImportProblemCode}), which field when it concerns one cell, and the
 * MessageFormat arguments such as the offending value. Immutable; safe to share between threads.
 */
public record ImportProblem(int rowNumber, ImportProblemCode code, AttendeeField field, List<String> arguments) {

    /** The row number used for problems about the whole file rather than one row. */
    public static final int WHOLE_FILE = 0;

    public ImportProblem {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /** A problem about the whole file. */
    public static ImportProblem ofFile(ImportProblemCode code, Object... arguments) {
        return new ImportProblem(WHOLE_FILE, code, null, texts(arguments));
    }

    /** A problem about one cell of one row. */
    public static ImportProblem ofCell(int rowNumber, AttendeeField field, ImportProblemCode code, Object... arguments) {
        return new ImportProblem(rowNumber, code, Objects.requireNonNull(field, "field"), texts(arguments));
    }

    /** The field (column) concerned, empty for whole-file problems. */
    public Optional<AttendeeField> fieldConcerned() {
        return Optional.ofNullable(field);
    }

    public ProblemSeverity severity() {
        return code.severity();
    }

    public String key() {
        return code.key();
    }

    private static List<String> texts(Object... arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }
}
