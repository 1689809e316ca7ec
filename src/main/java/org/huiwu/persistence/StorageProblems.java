package org.huiwu.persistence;

import java.sql.SQLException;
import java.util.Optional;

import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;

/**
 * Tells which {@link StorageProblem} a failure of either engine is: H2's error codes and MVStore failures for
 * the laptop's file, PostgreSQL's SQL states (server unreachable, login refused, no right, TLS refused) for a
 * venue server. Stateless and thread-safe.
 */
final class StorageProblems {

    private StorageProblems() {
    }

    /** The storage problem behind a failed DAO call, or empty when the failure did not come from H2. */
    static Optional<StorageProblem> of(Throwable failure) {
        if (DiskFull.causes(failure)) {
            return Optional.of(StorageProblem.DISK_FULL);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageUnavailableException unavailable) {
                return Optional.of(unavailable.problem());
            }
            if (t instanceof SQLException sql) {
                return Optional.of(reasonOf(sql));
            }
        }
        return Optional.empty();
    }

    static StorageProblem reasonOf(SQLException e) {
        StorageProblem fromServer = ServerProblems.reasonOf(e);
        if (fromServer != null) {
            return fromServer;
        }
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return StorageProblem.WRONG_PASSPHRASE;
        }
        if (DiskFull.causes(e)) {
            return StorageProblem.DISK_FULL;
        }
        StorageProblem fromStore = reasonOfStore(e);
        if (fromStore != null) {
            return fromStore;
        }
        if (e.getErrorCode() == ErrorCode.ERROR_OPENING_DATABASE_1 && String.valueOf(e.getMessage()).contains("Lock file")) {
            return StorageProblem.LOCKED;
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> StorageProblem.CORRUPT;
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.CONNECTION_BROKEN_1, ErrorCode.LOCK_TIMEOUT_1,
                 ErrorCode.DEADLOCK_1, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN ->
                    StorageProblem.LOCKED;
            case ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 ->
                    StorageProblem.NOT_WRITABLE;
            default -> StorageProblem.OTHER;
        };
    }

    /** The problem an MVStore failure in the cause chain names (H2 wraps it in a general error), or null. */
    private static StorageProblem reasonOfStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MVStoreException store) {
                return switch (store.getErrorCode()) {
                    case DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND,
                         DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_UNSUPPORTED_FORMAT,
                         DataUtils.ERROR_SERIALIZATION -> StorageProblem.CORRUPT;
                    case DataUtils.ERROR_FILE_LOCKED, DataUtils.ERROR_TRANSACTION_LOCKED,
                         DataUtils.ERROR_TRANSACTIONS_DEADLOCK -> StorageProblem.LOCKED;
                    case DataUtils.ERROR_WRITING_FAILED -> StorageProblem.NOT_WRITABLE;
                    default -> null;
                };
            }
        }
        return null;
    }

    static StorageProblem reasonOfMigration(FlywayException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("not resolved locally") || message.contains("newer")) {
            return StorageProblem.NEWER_VERSION;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return reasonOf(sql);
            }
        }
        StorageProblem fromStore = reasonOfStore(e);
        return fromStore == null ? StorageProblem.OTHER : fromStore;
    }
}
