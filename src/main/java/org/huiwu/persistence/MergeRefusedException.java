package org.huiwu.persistence;

/** Merged rows did not fit this database (a constraint, an unknown column); the transaction was rolled back. */
public final class MergeRefusedException extends RuntimeException {

    MergeRefusedException(Throwable cause) {
        super("Merge rolled back: " + cause.getMessage(), cause);
    }
}
