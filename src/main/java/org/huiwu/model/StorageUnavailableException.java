package org.huiwu.model;

import java.nio.file.Path;

/**
 * The database of a data folder cannot be used, with a {@link StorageProblem} the UI and the command
 * line turn into a message in the user's language. Nothing on disk has been changed when this is thrown.
 */
public final class StorageUnavailableException extends RuntimeException {

    private final StorageProblem problem;
    private final transient Path dataDir;

    public StorageUnavailableException(StorageProblem problem, Path dataDir, Throwable cause) {
        super(problem + ": " + dataDir + " (" + cause.getMessage() + ")", cause);
        this.problem = problem;
        this.dataDir = dataDir;
    }

    public StorageProblem problem() {
        return problem;
    }

    public Path dataDir() {
        return dataDir;
    }
}
