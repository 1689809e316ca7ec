package org.huiwu.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.huiwu.AppContext;
import org.huiwu.logic.settings.DataFolder;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option every command shares, and opening that folder. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: the per-user folder, or -Dhuiwu.data).")
    private Path dataDir;

    /** The data folder, without opening it. */
    Path resolve() {
        return DataFolder.resolve(dataDir);
    }

    /** Opens the data folder; the caller closes the context. */
    AppContext open() {
        return AppContext.open(DataFolder.resolve(dataDir), Clock.systemDefaultZone());
    }
}
