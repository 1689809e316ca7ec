package org.huiwu.logic.attendees.importing;

/**
 * The attendee fields a column of an imported list can fill. Each constant carries the stable
 * resource-bundle key of its label, so the UI can name the column without building keys at run time.
 * Immutable; safe to share between threads.
 *
 * <p>// keys: import.field.name, import.field.organisation, import.field.position, import.field.rank,
 * import.field.role, import.field.side, import.field.notes
 */
public enum AttendeeField {
    NAME("import.field.name"),
    ORGANISATION("import.field.organisation"),
    POSITION("import.field.position"),
    RANK("import.field.rank"),
    ROLE("import.field.role"),
    SIDE("import.field.side"),
    NOTES("import.field.notes");

    private final String key;

    AttendeeField(String key) {
        this.key = key;
    }

    /** The resource-bundle key of this field's label. */
    public String key() {
        return key;
    }
}
