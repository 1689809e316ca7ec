package org.huiwu.logic.attendees.importing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which column of the imported table fills which attendee field, and which row is the header. Columns
 * are 0-based; a column not in {@code fields} is ignored; each field is mapped to at most one column.
 * {@code headerRowNumber} is the file row of the header ({@link #NO_HEADER} when there is none); that
 * row and any title rows above it are not data. Immutable value: the UI changes it through the
 * {@code with…} methods. Safe to share between threads.
 */
public record ColumnMapping(int headerRowNumber, Map<Integer, AttendeeField> fields) {

    /** The header row number meaning "the file has no header row; every row is data". */
    public static final int NO_HEADER = 0;

    public ColumnMapping {
        if (headerRowNumber < 0) {
            throw new IllegalArgumentException("headerRowNumber must not be negative: " + headerRowNumber);
        }
        Set<AttendeeField> seen = EnumSet.noneOf(AttendeeField.class);
        for (Map.Entry<Integer, AttendeeField> entry : fields.entrySet()) {
            if (entry.getKey() < 0) {
                throw new IllegalArgumentException("column must not be negative: " + entry.getKey());
            }
            if (!seen.add(entry.getValue())) {
                throw new IllegalArgumentException("field mapped twice: " + entry.getValue());
            }
        }
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    /** No header row and nothing mapped: the user maps every column. */
    public static ColumnMapping unmapped() {
        return new ColumnMapping(NO_HEADER, Map.of());
    }

    public boolean hasHeaderRow() {
        return headerRowNumber != NO_HEADER;
    }

    public Optional<AttendeeField> fieldAt(int column) {
        return Optional.ofNullable(fields.get(column));
    }

    public OptionalInt columnOf(AttendeeField field) {
        return fields.entrySet().stream()
                .filter(entry -> entry.getValue() == field)
                .mapToInt(Map.Entry::getKey)
                .findFirst();
    }

    public boolean isMapped(AttendeeField field) {
        return fields.containsValue(field);
    }

    /** Maps a column to a field; if the field was on another column, that column becomes ignored. */
    public ColumnMapping withField(int column, AttendeeField field) {
        Map<Integer, AttendeeField> changed = new TreeMap<>(fields);
        changed.values().remove(field);
        changed.put(column, field);
        return new ColumnMapping(headerRowNumber, changed);
    }

    /** Ignores a column. */
    public ColumnMapping withIgnored(int column) {
        Map<Integer, AttendeeField> changed = new TreeMap<>(fields);
        changed.remove(column);
        return new ColumnMapping(headerRowNumber, changed);
    }

    /** Sets the header row ({@link #NO_HEADER} for none), keeping the column choices. */
    public ColumnMapping withHeaderRow(int rowNumber) {
        return new ColumnMapping(rowNumber, fields);
    }
}
