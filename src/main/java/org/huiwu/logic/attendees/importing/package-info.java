/**
 * Importing attendee lists (参会代表名单) from CSV, .xlsx and .xls files into a validated preview.
 * Plain synchronous Java: no JavaFX, no SQL, no threads of its own; the caller runs it on a background
 * task and passes an {@link org.huiwu.logic.attendees.importing.ImportMonitor} for progress and
 * cooperative cancellation.
 *
 * <p>The flow the import screen follows:
 * <pre>{@code
 * AttendeeFileReader reader = new AttendeeFileReader();
 * ImportVocabulary vocabulary = new ImportVocabulary();          // loads the header and role words
 * AttendeeImportPreviewer previewer = new AttendeeImportPreviewer(vocabulary);
 * ImportMonitor monitor = new ImportMonitor(task::updateProgress, task::isCancelled);
 *
 * SourceTable table = reader.read(file, monitor);                // throws ImportFileException
 * ColumnMapping mapping = vocabulary.recognise(table);           // the user may change it
 * AttendeeImportPreview preview = previewer.preview(table, mapping, existingNames, monitor);
 * if (!preview.hasErrors()) {
 *     List<Attendee> attendees = preview.attendees(meetingId, UUID::randomUUID);
 * }
 * }</pre>
 *
 * <p>Problems are {@link org.huiwu.logic.attendees.importing.ImportProblemCode codes} with arguments;
 * the UI turns them into text through the resource-bundle keys listed there.
 */
package org.huiwu.logic.attendees.importing;
