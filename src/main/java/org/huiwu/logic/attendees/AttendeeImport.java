package org.huiwu.logic.attendees;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.huiwu.logic.attendees.importing.AttendeeFileReader;
import org.huiwu.logic.attendees.importing.AttendeeImportPreview;
import org.huiwu.logic.attendees.importing.AttendeeImportPreviewer;
import org.huiwu.logic.attendees.importing.ColumnMapping;
import org.huiwu.logic.attendees.importing.ImportFileException;
import org.huiwu.logic.attendees.importing.ImportMonitor;
import org.huiwu.logic.attendees.importing.ImportVocabulary;
import org.huiwu.logic.attendees.importing.SourceTable;
import org.huiwu.model.Attendee;

/**
 * Imports an attendee list file into a meeting, as the window and the {@code import} command both do
 * it: read the file, recognise the columns, check every row against the meeting, then write all rows
 * or none. Synchronous and thread-safe; call it off the FX thread.
 */
public final class AttendeeImport {

    private final AttendeeFileReader reader;
    private final AttendeeImportPreviewer previewer;
    private final ImportVocabulary vocabulary;
    private final AttendeeRoster roster;
    private final Supplier<UUID> ids;

    public AttendeeImport(AttendeeRoster roster, Supplier<UUID> ids) {
        this.vocabulary = new ImportVocabulary();
        this.reader = new AttendeeFileReader();
        this.previewer = new AttendeeImportPreviewer(vocabulary);
        this.roster = roster;
        this.ids = ids;
    }

    /** Reads a file (the first sheet of a workbook, or {@code sheetName}). */
    public SourceTable read(Path file, String sheetName, ImportMonitor monitor) throws ImportFileException {
        return reader.read(file, sheetName, monitor);
    }

    /** The column mapping guessed from the header row (姓名, 单位, 职务, 位次…), or none. */
    public ColumnMapping recognise(SourceTable table) {
        return vocabulary.recognise(table);
    }

    /** Checks every row under {@code mapping}, against the names and ranks already in the meeting. */
    public AttendeeImportPreview preview(UUID meetingId, SourceTable table, ColumnMapping mapping,
            ImportMonitor monitor) {
        return preview(meetingId, table, mapping, ImportMode.ADD, monitor);
    }

    /**
     * Checks every row under {@code mapping}; when the file is to be added, also against the names and
     * ranks already in the meeting (a replacing import removes those, so they cannot collide).
     */
    public AttendeeImportPreview preview(UUID meetingId, SourceTable table, ColumnMapping mapping, ImportMode mode,
            ImportMonitor monitor) {
        List<Attendee> attendees = mode == ImportMode.REPLACE ? List.of() : roster.list(meetingId);
        java.util.Map<Integer, String> ranks = new java.util.HashMap<>();
        attendees.forEach(a -> ranks.putIfAbsent(a.rank(), a.name()));
        return previewer.preview(table, mapping, attendees.stream().map(Attendee::name).toList(), ranks, monitor);
    }

    /**
     * Writes the previewed attendees in one transaction and returns how many were imported.
     *
     * @throws IllegalStateException when the preview has errors: nothing is written then
     */
    public int commit(UUID meetingId, AttendeeImportPreview preview) {
        return commit(meetingId, preview, ImportMode.ADD);
    }

    /**
     * Writes the previewed attendees in one transaction, added to the meeting's list or replacing it
     * (the old list is removed in the same transaction, so a failure leaves it whole).
     *
     * @throws IllegalStateException when the preview has errors: nothing is written then
     */
    public int commit(UUID meetingId, AttendeeImportPreview preview, ImportMode mode) {
        if (preview.hasErrors()) {
            throw new IllegalStateException("an import with errors is never written");
        }
        List<Attendee> attendees = preview.attendees(meetingId, ids);
        if (mode == ImportMode.REPLACE) {
            roster.replaceAll(meetingId, attendees);
        } else {
            roster.importAll(attendees);
        }
        return attendees.size();
    }

    /** How many attendees the meeting has now (those a replacing import would remove). */
    public int countExisting(UUID meetingId) {
        return roster.list(meetingId).size();
    }
}
