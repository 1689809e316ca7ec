package org.huiwu.logic.attendees.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a read {@link SourceTable} and a {@link ColumnMapping} into an {@link AttendeeImportPreview}:
 * checks each row ({@link RowInterpreter}), places blank ranks after the highest rank so far (file
 * order) with a note, and flags names repeated in the file or already in the meeting, and ranks shared
 * in the file or already held in the meeting, as warnings (never merged). Names are compared ignoring case, spacing and full-width forms. Synchronous; call it
 * off the FX thread for big files. Immutable after construction; safe to share between threads.
 */
public final class AttendeeImportPreviewer {

    private final ImportVocabulary vocabulary;

    public AttendeeImportPreviewer(ImportVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param existingNames names of attendees already in the meeting, for duplicate warnings
     * @throws java.util.concurrent.CancellationException when the monitor reports cancellation
     */
    public AttendeeImportPreview preview(SourceTable table, ColumnMapping mapping,
            Collection<String> existingNames, ImportMonitor monitor) {
        return preview(table, mapping, existingNames, Map.of(), monitor);
    }

    /**
     * As {@link #preview(SourceTable, ColumnMapping, Collection, ImportMonitor)}, and flags a rank shared by
     * two rows of the file or already held by an attendee of the meeting ({@code existingRanks}: rank to name).
     */
    public AttendeeImportPreview preview(SourceTable table, ColumnMapping mapping,
            Collection<String> existingNames, Map<Integer, String> existingRanks, ImportMonitor monitor) {
        monitor.checkCancelled();
        if (!mapping.isMapped(AttendeeField.NAME)) {
            return new AttendeeImportPreview(List.of(),
                    List.of(ImportProblem.ofFile(ImportProblemCode.NAME_COLUMN_MISSING)));
        }
        List<SourceRow> dataRows = table.rows().stream()
                .filter(row -> row.rowNumber() > mapping.headerRowNumber())
                .toList();
        if (dataRows.isEmpty()) {
            return new AttendeeImportPreview(List.of(),
                    List.of(ImportProblem.ofFile(ImportProblemCode.NO_ATTENDEE_ROWS)));
        }
        boolean rankMapped = mapping.isMapped(AttendeeField.RANK);
        List<ImportProblem> fileProblems = rankMapped
                ? List.of()
                : List.of(ImportProblem.ofFile(ImportProblemCode.RANK_COLUMN_MISSING));
        Set<String> inMeeting = existingNames.stream().map(CellText::key).collect(Collectors.toSet());
        Map<String, Integer> firstRowByName = new HashMap<>();
        Map<Integer, Integer> firstRowByRank = new HashMap<>();
        RowInterpreter interpreter = new RowInterpreter(vocabulary, mapping);
        List<ImportRow> rows = new ArrayList<>(dataRows.size());
        int highestRank = 0;
        for (SourceRow source : dataRows) {
            ImportRow row = interpreter.interpret(source);
            if (row.rank() > 0) {
                highestRank = Math.max(highestRank, row.rank());
            } else if (!row.has(ImportProblemCode.RANK_NOT_POSITIVE_INTEGER)) {
                highestRank++;
                row = row.withRank(highestRank);
                if (rankMapped) {
                    row = row.withProblem(ImportProblem.ofCell(row.rowNumber(), AttendeeField.RANK,
                            ImportProblemCode.RANK_ASSIGNED, highestRank));
                }
            }
            rows.add(flagTies(flagDuplicates(row, inMeeting, firstRowByName), existingRanks, firstRowByRank));
            monitor.afterRow(rows.size(), rows.size(), dataRows.size());
        }
        monitor.finished(dataRows.size());
        return new AttendeeImportPreview(rows, fileProblems);
    }

    private static ImportRow flagTies(ImportRow row, Map<Integer, String> existingRanks,
            Map<Integer, Integer> firstRowByRank) {
        if (row.rank() <= 0) {
            return row;
        }
        ImportRow flagged = row;
        String holder = existingRanks.get(row.rank());
        if (holder != null) {
            flagged = flagged.withProblem(ImportProblem.ofCell(row.rowNumber(), AttendeeField.RANK,
                    ImportProblemCode.RANK_TAKEN_IN_MEETING, row.rank(), holder));
        }
        Integer firstRow = firstRowByRank.putIfAbsent(row.rank(), row.rowNumber());
        if (firstRow != null) {
            flagged = flagged.withProblem(ImportProblem.ofCell(row.rowNumber(), AttendeeField.RANK,
                    ImportProblemCode.RANK_TIED_IN_FILE, row.rank(), firstRow));
        }
        return flagged;
    }

    private static ImportRow flagDuplicates(ImportRow row, Set<String> inMeeting, Map<String, Integer> firstRowByName) {
        String key = CellText.key(row.name());
        if (key.isEmpty()) {
            return row;
        }
        ImportRow flagged = row;
        if (inMeeting.contains(key)) {
            flagged = flagged.withProblem(ImportProblem.ofCell(row.rowNumber(), AttendeeField.NAME,
                    ImportProblemCode.DUPLICATE_NAME_IN_MEETING, row.name()));
        }
        Integer firstRow = firstRowByName.putIfAbsent(key, row.rowNumber());
        if (firstRow != null) {
            flagged = flagged.withProblem(ImportProblem.ofCell(row.rowNumber(), AttendeeField.NAME,
                    ImportProblemCode.DUPLICATE_NAME_IN_FILE, row.name(), firstRow));
        }
        return flagged;
    }
}
