package org.huiwu.logic.attendees.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.Side;

/**
 * Reads the mapped cells of one row into an {@link ImportRow} and checks the rules that concern that
 * row alone: name present, not too long, no control characters; organisation and position within
 * limits; rank a positive integer; role and side known words; formula-like text flagged. Blank rank
 * is left as 0 for the caller to place. Immutable after construction; safe to share between threads.
 */
final class RowInterpreter {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("(\\d{1,9})(?:\\.0+)?");

    private final ImportVocabulary vocabulary;
    private final ColumnMapping mapping;

    RowInterpreter(ImportVocabulary vocabulary, ColumnMapping mapping) {
        this.vocabulary = vocabulary;
        this.mapping = mapping;
    }

    ImportRow interpret(SourceRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        int at = row.rowNumber();
        String name = text(row, AttendeeField.NAME, problems);
        if (name.isEmpty()) {
            problems.add(ImportProblem.ofCell(at, AttendeeField.NAME, ImportProblemCode.NAME_EMPTY));
        } else if (name.length() > Attendee.MAX_NAME_LENGTH) {
            problems.add(ImportProblem.ofCell(at, AttendeeField.NAME, ImportProblemCode.NAME_TOO_LONG,
                    name.length(), Attendee.MAX_NAME_LENGTH));
        } else if (CellText.hasControlCharacters(name)) {
            problems.add(ImportProblem.ofCell(at, AttendeeField.NAME,
                    ImportProblemCode.NAME_HAS_CONTROL_CHARACTERS, name));
        }
        String organisation = limited(row, AttendeeField.ORGANISATION, ImportProblemCode.ORGANISATION_TOO_LONG, problems);
        String position = limited(row, AttendeeField.POSITION, ImportProblemCode.POSITION_TOO_LONG, problems);
        String notes = text(row, AttendeeField.NOTES, problems);
        return new ImportRow(at, name, organisation, position, rank(row, problems),
                role(row, problems), side(row, problems), notes, problems);
    }

    private String limited(SourceRow row, AttendeeField field, ImportProblemCode tooLong, List<ImportProblem> problems) {
        String value = text(row, field, problems);
        if (value.length() > Attendee.MAX_TEXT_LENGTH) {
            problems.add(ImportProblem.ofCell(row.rowNumber(), field, tooLong, value.length(), Attendee.MAX_TEXT_LENGTH));
        }
        return value;
    }

    /** The cleaned cell of a free-text field; formula-like text is kept literally and flagged. */
    private String text(SourceRow row, AttendeeField field, List<ImportProblem> problems) {
        String value = cell(row, field);
        if (CellText.looksLikeFormula(value)) {
            problems.add(ImportProblem.ofCell(row.rowNumber(), field, ImportProblemCode.FORMULA_LIKE_TEXT, value));
        }
        return value;
    }

    private int rank(SourceRow row, List<ImportProblem> problems) {
        String value = cell(row, AttendeeField.RANK);
        if (value.isEmpty()) {
            return 0;
        }
        Matcher number = WHOLE_NUMBER.matcher(CellText.key(value));
        int rank = number.matches() ? Integer.parseInt(number.group(1)) : 0;
        if (rank < 1) {
            problems.add(ImportProblem.ofCell(row.rowNumber(), AttendeeField.RANK,
                    ImportProblemCode.RANK_NOT_POSITIVE_INTEGER, value));
        }
        return rank;
    }

    private AttendeeRole role(SourceRow row, List<ImportProblem> problems) {
        String value = cell(row, AttendeeField.ROLE);
        if (value.isEmpty()) {
            return AttendeeRole.DELEGATE;
        }
        AttendeeRole role = vocabulary.role(value).orElse(null);
        if (role == null) {
            problems.add(ImportProblem.ofCell(row.rowNumber(), AttendeeField.ROLE, ImportProblemCode.ROLE_UNKNOWN, value));
        }
        return role;
    }

    private Side side(SourceRow row, List<ImportProblem> problems) {
        String value = cell(row, AttendeeField.SIDE);
        if (value.isEmpty()) {
            return Side.NONE;
        }
        Side side = vocabulary.side(value).orElse(null);
        if (side == null) {
            problems.add(ImportProblem.ofCell(row.rowNumber(), AttendeeField.SIDE, ImportProblemCode.SIDE_UNKNOWN, value));
        }
        return side;
    }

    private String cell(SourceRow row, AttendeeField field) {
        return mapping.columnOf(field).stream()
                .mapToObj(column -> CellText.clean(row.cell(column)))
                .findFirst()
                .orElse("");
    }
}
