package org.huiwu.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings that belong to this laptop when it works on a venue server (decision 0046): the interface language,
 * the theme, the attendant's name, the export folder, backups, the idle lock and its PIN, the name-card layout. Kept
 * in the data folder, in {@value #FILE} (a private file written whole, every save on disk before it returns), so
 * they are stored and survive a restart whether or not the server can be reached, and one laptop's choice does not
 * change another's. A key this laptop never saved answers what the venue server holds for it (where an older
 * version kept these), and nothing while the server cannot be reached. Thread-safe (one lock); call off the FX
 * thread.
 */
public final class LaptopSettings implements SettingDao {

    /** The file in the data folder. */
    public static final String FILE = "huiwu.laptop-settings";

    private final Path file;
    private final SettingDao venue;

    /** @param venue the server's settings, read for a key this laptop never saved (may fail as unreachable) */
    public LaptopSettings(Path dataDir, SettingDao venue) {
        this.file = dataDir.resolve(FILE);
        this.venue = venue;
    }

    @Override
    public synchronized Optional<String> find(String key) {
        String kept = read().getProperty(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        try {
            return venue.find(key);
        } catch (RuntimeException e) {
            if (!OfflineDaos.unreachable(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(String key, String value) {
        Properties settings = read();
        settings.setProperty(key, value);
        try {
            AtomicFile.onDisk().write(file, out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                settings.store(writer, "Huiwu: this laptop's settings (decision 0046)");
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store this laptop's settings in " + file, e);
        }
    }

    private Properties read() {
        Properties settings = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read this laptop's settings in " + file, e);
            }
        }
        return settings;
    }
}
