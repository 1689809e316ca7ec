package org.huiwu.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a data folder's records are kept: the embedded H2 file in this laptop's data folder (the default), or
 * a venue's PostgreSQL server ({@link DatabaseServer}). Either is opened through the same Jdbi DAOs and the same
 * Flyway history by {@link Database#open(StoreLocation, java.time.Duration, Runnable, String)}. Immutable values.
 */
public sealed interface StoreLocation permits StoreLocation.LaptopFolder, DatabaseServer {

    /** The H2 file in the data folder of this laptop. */
    record LaptopFolder(Path dataDir) implements StoreLocation {
        public LaptopFolder {
            Objects.requireNonNull(dataDir, "dataDir");
        }
    }

    /** This laptop's H2 folder. */
    static StoreLocation laptop(Path dataDir) {
        return new LaptopFolder(dataDir);
    }
}
