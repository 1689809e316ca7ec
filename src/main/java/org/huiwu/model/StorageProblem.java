package org.huiwu.model;

/** Why the local database could not be used or written; the UI explains each in the user's language. */
public enum StorageProblem {
    /** The file is empty, cut short or not readable as a database: restore the latest good backup. */
    CORRUPT,
    /** Another program holds the database and did not let go within the wait. */
    LOCKED,
    /** The database or backup was written by a newer version of the app: update the app. */
    NEWER_VERSION,
    DISK_FULL,
    NOT_WRITABLE,
    /** The operating system refuses to let the app read the database file (permissions). */
    NOT_READABLE,
    /** The data folder's path holds a character the database cannot take in a file name ({@code ;}). */
    UNSAFE_FOLDER_NAME,
    /** The database is encrypted and no passphrase was given. */
    PASSPHRASE_NEEDED,
    /** The database is encrypted and the passphrase given does not open it; nothing was changed. */
    WRONG_PASSPHRASE,
    /** The venue's database server does not answer (address, port, network, or the server is down). */
    SERVER_UNREACHABLE,
    /** The venue's database server refused the login (user, password or database name). */
    SERVER_LOGIN_REFUSED,
    /** The venue's database server refused the change: this login has no right to it (a supervisor's change). */
    SERVER_NOT_ALLOWED,
    /** The TLS connection to the venue's server failed: its certificate does not match the root certificate given. */
    SERVER_CERTIFICATE,
    /** The venue's database server takes encrypted connections only, and this laptop connected without TLS. */
    SERVER_NEEDS_TLS,
    /** The folder holds a 涉密 meeting and is neither encrypted nor overridden, and the user chose neither way. */
    CLASSIFIED_NOT_ENCRYPTED,
    OTHER
}
