package org.huiwu.logic.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.AtomicFile;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;

/**
 * Where this laptop's window keeps its records, as chosen in Settings (视图 → 设置 → 会务服务器): this laptop's data
 * folder, or a venue's PostgreSQL server (URL, login, optional TLS root certificate). The choice lives in
 * {@value #FILE} in the data folder, read before the database is opened, and never holds the password (it is
 * asked at each start, or taken from {@code HUIWU_DB_PASSWORD}); it takes effect at the next start. Decision
 * 0030. Stateless apart from the folder; call off the FX thread.
 */
public final class VenueServerSetting {

    /** The file in the data folder that remembers the choice (without any password). */
    public static final String FILE = "venue-server.properties";
    /** The environment variable scripts give the server's password in. */
    public static final String PASSWORD_VARIABLE = "HUIWU_DB_PASSWORD";

    /** A venue server as remembered: URL, login and the root certificate's path (blank for none). */
    public record Choice(String url, String user, String rootCertificate) {
        public Choice {
            url = url == null ? "" : url.strip();
            user = user == null ? "" : user.strip();
            rootCertificate = rootCertificate == null ? "" : rootCertificate.strip();
        }

        /** Whether the URL and login can name a server. */
        public boolean complete() {
            return DatabaseServer.isServerUrl(url) && !user.isEmpty();
        }

        /** The server with a password given now. */
        public DatabaseServer withPassword(String password) {
            return new DatabaseServer(url, user, password, rootCertificate.isEmpty() ? null : Path.of(rootCertificate));
        }
    }

    private final Path dataDir;

    public VenueServerSetting(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The remembered server, or empty for this laptop's folder. */
    public Optional<Choice> remembered() {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Choice choice = new Choice(properties.getProperty("url"), properties.getProperty("user"),
                properties.getProperty("rootCertificate"));
        return choice.complete() ? Optional.of(choice) : Optional.empty();
    }

    /** Remembers the choice for the next start: a server (without password), or empty for this laptop. */
    public void remember(Optional<Choice> choice) {
        Properties properties = new Properties();
        choice.ifPresent(server -> {
            properties.setProperty("url", server.url());
            properties.setProperty("user", server.user());
            properties.setProperty("rootCertificate", server.rootCertificate());
        });
        try {
            if (choice.isEmpty()) {
                Files.deleteIfExists(dataDir.resolve(FILE));
                return;
            }
            AtomicFile.onDisk().write(dataDir.resolve(FILE), out -> {
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                properties.store(writer, "Huiwu venue server (no password is kept here)");
                writer.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in once with the password; empty when it worked, else why not. */
    public static Optional<StorageProblem> test(Choice choice, String password) {
        return tryLogin(choice, password).problem();
    }

    /** Logs in once with the password: who the server says the login is, or why it could not log in. */
    public static Tested tryLogin(Choice choice, String password) {
        try {
            return new Tested(Optional.of(Database.check(choice.withPassword(password))), Optional.empty());
        } catch (StorageUnavailableException e) {
            return new Tested(Optional.empty(), Optional.of(e.problem()));
        } catch (RuntimeException e) {
            return new Tested(Optional.empty(), Optional.of(StorageProblem.OTHER));
        }
    }

    /** The outcome of a test login: the login (decision 0037) when it worked, else the problem. */
    public record Tested(Optional<org.huiwu.model.staff.VenueLogin> login, Optional<StorageProblem> problem) {
    }
}
