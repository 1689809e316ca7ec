package org.huiwu.logic.export;

/** Why an export could not be written; the constant carries the bundle key of its one-line message. */
public enum ExportProblem {
    DISK_FULL("export.problem.diskFull"),
    NOT_WRITABLE("export.problem.notWritable"),
    CANCELLED("export.problem.cancelled"),
    NO_FONT("export.problem.noFont"),
    /** The database could not be read back completely: it is damaged. */
    DAMAGED("export.problem.damaged"),
    /** This laptop's signing key could not be created or read (decision 0025). */
    NO_SIGNING_KEY("export.problem.noSigningKey"),
    /** The records are on the venue's server: its administrator backs them up ({@code pg_dump}), not this laptop. */
    ON_VENUE_SERVER("export.problem.onVenueServer");

    private final String messageKey;

    ExportProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message's key; its one argument is the file. */
    public String messageKey() {
        return messageKey;
    }
}
