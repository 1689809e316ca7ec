package org.huiwu.logic.attendees.importing;

import org.huiwu.logic.limits.InputLimits;

/**
 * Every problem an attendee import can report, with its severity and its stable resource-bundle key.
 * Problems are codes plus arguments, never sentences: the UI formats {@link #key()} with
 * {@link ImportProblem#arguments()} as MessageFormat arguments {0}, {1}… listed per constant.
 * Immutable; safe to share between threads.
 *
 * <p>// keys: import.problem.emptyFile, import.problem.fileTooLarge, import.problem.fileNotReadable,
 * import.problem.unrecognisedFormat, import.problem.unreadableSpreadsheet,
 * import.problem.encryptedSpreadsheet, import.problem.sheetNotFound, import.problem.malformedCsv,
 * import.problem.nameColumnMissing, import.problem.noAttendeeRows, import.problem.rankColumnMissing,
 * import.problem.nameEmpty, import.problem.nameTooLong, import.problem.nameHasControlCharacters,
 * import.problem.organisationTooLong, import.problem.positionTooLong,
 * import.problem.rankNotPositiveInteger, import.problem.rankAssigned, import.problem.roleUnknown,
 * import.problem.sideUnknown, import.problem.duplicateNameInFile,
 * import.problem.duplicateNameInMeeting, import.problem.formulaLikeText, import.problem.tooManyRows,
 * import.problem.sheetTooLarge, import.problem.rankTiedInFile, import.problem.rankTakenInMeeting
 */
public enum ImportProblemCode {
    /** The file has no content (or only a byte-order mark and whitespace). No arguments. */
    EMPTY_FILE(ProblemSeverity.ERROR, "import.problem.emptyFile"),
    /** {0} file size in MB, {1} limit in MB. */
    FILE_TOO_LARGE(ProblemSeverity.ERROR, "import.problem.fileTooLarge"),
    /** More non-blank rows than {@link InputLimits#MAX_ATTENDEE_ROWS}; refused at that row. {0} the limit. */
    TOO_MANY_ROWS(ProblemSeverity.ERROR, "import.problem.tooManyRows"),
    /** A workbook part unpacks to more than {@link InputLimits#MAX_XLSX_PART_BYTES}. {0} the limit in MB. */
    SHEET_TOO_LARGE(ProblemSeverity.ERROR, "import.problem.sheetTooLarge"),
    /** The file could not be opened, e.g. it is locked by Excel. {0} file name. */
    FILE_NOT_READABLE(ProblemSeverity.ERROR, "import.problem.fileNotReadable"),
    /** Neither a workbook nor text in UTF-8, UTF-16 or GB18030: binary junk. No arguments. */
    UNRECOGNISED_FORMAT(ProblemSeverity.ERROR, "import.problem.unrecognisedFormat"),
    /** Looks like a workbook but cannot be read (damaged, or another zip). No arguments. */
    UNREADABLE_SPREADSHEET(ProblemSeverity.ERROR, "import.problem.unreadableSpreadsheet"),
    /** The workbook is password protected. No arguments. */
    ENCRYPTED_SPREADSHEET(ProblemSeverity.ERROR, "import.problem.encryptedSpreadsheet"),
    /** {0} the sheet name asked for. */
    SHEET_NOT_FOUND(ProblemSeverity.ERROR, "import.problem.sheetNotFound"),
    /** The text is not valid CSV. {0} the line where reading stopped. */
    MALFORMED_CSV(ProblemSeverity.ERROR, "import.problem.malformedCsv"),
    /** No column is mapped to the name; the user must map one. No arguments. */
    NAME_COLUMN_MISSING(ProblemSeverity.ERROR, "import.problem.nameColumnMissing"),
    /** No data rows below the header. No arguments. */
    NO_ATTENDEE_ROWS(ProblemSeverity.ERROR, "import.problem.noAttendeeRows"),
    /** No rank column: ranks follow file order. No arguments. */
    RANK_COLUMN_MISSING(ProblemSeverity.NOTE, "import.problem.rankColumnMissing"),
    /** No arguments. */
    NAME_EMPTY(ProblemSeverity.ERROR, "import.problem.nameEmpty"),
    /** {0} length in characters, {1} the limit. Never truncated. */
    NAME_TOO_LONG(ProblemSeverity.ERROR, "import.problem.nameTooLong"),
    /** The name holds a line break, tab or other control character. {0} the name. */
    NAME_HAS_CONTROL_CHARACTERS(ProblemSeverity.ERROR, "import.problem.nameHasControlCharacters"),
    /** {0} length in characters, {1} the limit. */
    ORGANISATION_TOO_LONG(ProblemSeverity.ERROR, "import.problem.organisationTooLong"),
    /** {0} length in characters, {1} the limit. */
    POSITION_TOO_LONG(ProblemSeverity.ERROR, "import.problem.positionTooLong"),
    /** {0} the cell text. */
    RANK_NOT_POSITIVE_INTEGER(ProblemSeverity.ERROR, "import.problem.rankNotPositiveInteger"),
    /** Blank rank: placed after the highest rank so far (file order). {0} the rank assigned. */
    RANK_ASSIGNED(ProblemSeverity.NOTE, "import.problem.rankAssigned"),
    /** {0} the cell text. */
    ROLE_UNKNOWN(ProblemSeverity.ERROR, "import.problem.roleUnknown"),
    /** {0} the cell text. */
    SIDE_UNKNOWN(ProblemSeverity.ERROR, "import.problem.sideUnknown"),
    /** {0} the name, {1} the row where it first appears. Flagged, not merged. */
    DUPLICATE_NAME_IN_FILE(ProblemSeverity.WARNING, "import.problem.duplicateNameInFile"),
    /** {0} the name, already an attendee of this meeting. Flagged, not merged. */
    DUPLICATE_NAME_IN_MEETING(ProblemSeverity.WARNING, "import.problem.duplicateNameInMeeting"),
    /** {0} the rank, {1} the row that has it first. Two rows of the file share a place: flagged, both kept. */
    RANK_TIED_IN_FILE(ProblemSeverity.WARNING, "import.problem.rankTiedInFile"),
    /** {0} the rank, {1} the attendee of the meeting who already holds it. Flagged; the import adds a tie. */
    RANK_TAKEN_IN_MEETING(ProblemSeverity.WARNING, "import.problem.rankTakenInMeeting"),
    /** Text starting with = + - or @ is imported literally, never evaluated. {0} the text. */
    FORMULA_LIKE_TEXT(ProblemSeverity.WARNING, "import.problem.formulaLikeText");

    private final ProblemSeverity severity;
    private final String key;

    ImportProblemCode(ProblemSeverity severity, String key) {
        this.severity = severity;
        this.key = key;
    }

    public ProblemSeverity severity() {
        return severity;
    }

    /** The stable resource-bundle key of this problem's message. */
    public String key() {
        return key;
    }
}
