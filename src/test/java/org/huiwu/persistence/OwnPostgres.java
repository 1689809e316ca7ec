package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL 15 instance of the test's own — Debian's binaries, {@code initdb} in a temporary folder, its own
 * loopback port, run as the {@code postgres} user through {@code su} — that a test may stop and start again (the
 * shared cluster is never touched), optionally taking TLS connections only. Skips the test where the binaries or {@code su} are missing, and fails it under
 * {@code CI}. Test code; not thread-safe.
 */
public final class OwnPostgres implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path dir;
    private final int port;
    /** Environment set for the server process: where its compiled messages locale is, if any. */
    private final String environment;

    private OwnPostgres(Path dir, int port, String environment) {
        this.dir = dir;
        this.port = port;
        this.environment = environment;
    }

    /** A fresh instance with a database {@code name}, started. */
    public static OwnPostgres start(String name) throws Exception {
        return start(name, null, null, null);
    }

    /**
     * A fresh instance with a database {@code name} that takes TLS connections only ({@code ssl=on}, and
     * {@code pg_hba.conf} rejects every unencrypted TCP connection), with the given certificate and key, started.
     */
    public static OwnPostgres startWithTls(String name, Path certificate, Path key) throws Exception {
        return start(name, certificate, key, null);
    }

    /**
     * As {@link #startWithTls}, with the server's messages in {@code messagesLocale} (such as {@code de_DE}): the
     * locale is compiled with {@code localedef} into the instance's own folder and given to the server alone through
     * {@code LOCPATH}, so nothing of the machine is reconfigured. Skips (fails under {@code CI}) where
     * {@code localedef}, the locale's source or PostgreSQL's translation for its language is missing.
     */
    public static OwnPostgres startWithTls(String name, Path certificate, Path key, String messagesLocale)
            throws Exception {
        return start(name, certificate, key, messagesLocale);
    }

    private static OwnPostgres start(String name, Path certificate, Path key, String messagesLocale) throws Exception {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(Path.of("/usr/bin/su"))
                || !"root".equals(System.getProperty("user.name"))) {
            String why = "an own PostgreSQL needs " + BIN + "/initdb and su as root";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        String language = messagesLocale == null ? null : messagesLocale.substring(0, 2);
        if (language != null && (!Files.isExecutable(Path.of("/usr/bin/localedef"))
                || !Files.exists(Path.of("/usr/share/i18n/locales", messagesLocale))
                || !Files.exists(Path.of("/usr/share/locale", language, "LC_MESSAGES", "postgres-15.mo")))) {
            String why = "translated server messages need localedef, the " + messagesLocale
                    + " locale source and PostgreSQL's " + language + " translation";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "pglive-pg-");
        run("chmod 755 " + dir + " && chown postgres " + dir, false);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        OwnPostgres own = new OwnPostgres(dir, port, messagesLocale == null ? "" : "LOCPATH=" + dir + "/locales ");
        run(BIN + "/initdb -D " + dir + "/data -A trust -U postgres -N -E UTF8 --locale=C.UTF-8", true);
        if (messagesLocale != null) {
            run("mkdir -p " + dir + "/locales && localedef -i " + messagesLocale + " -f UTF-8 " + dir + "/locales/"
                    + messagesLocale + ".UTF-8 && chmod -R a+rX " + dir + "/locales"
                    + " && echo \"lc_messages = '" + messagesLocale + ".UTF-8'\" >> " + dir + "/data/postgresql.conf",
                    false);
        }
        if (certificate != null) {
            run("cp " + certificate + " " + dir + "/data/server.crt && cp " + key + " " + dir + "/data/server.key"
                    + " && chown postgres " + dir + "/data/server.crt " + dir + "/data/server.key"
                    + " && chmod 600 " + dir + "/data/server.key"
                    + " && echo \"ssl = on\" >> " + dir + "/data/postgresql.conf"
                    + " && printf 'local all all trust\\nhostssl all all 127.0.0.1/32 trust\\n"
                    + "hostnossl all all 0.0.0.0/0 reject\\n' > " + dir + "/data/pg_hba.conf", false);
        }
        own.startAgain();
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        if (certificate != null) {
            login.setProperty("sslmode", "require");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", login);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return own;
    }

    /** The store of database {@code name} on this instance, logged in as its superuser. */
    public DatabaseServer server(String name) {
        return new DatabaseServer("jdbc:postgresql://127.0.0.1:" + port + "/" + name, "postgres", "", null);
    }

    /** Starts the instance (again) and waits until it answers. */
    public void startAgain() throws Exception {
        run(environment + BIN + "/pg_ctl -D " + dir + "/data -l " + dir + "/log -w -o \"-p " + port + " -k " + dir
                + " -c listen_addresses=127.0.0.1\" start", true);
    }

    /** Stops the instance at once (fast shutdown: sessions are cut, as when the server's cable is pulled). */
    public void stop() throws Exception {
        run(BIN + "/pg_ctl -D " + dir + "/data -m fast -w stop", true);
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
        run("rm -rf " + dir, false);
    }

    private static void run(String command, boolean asPostgres) throws IOException, InterruptedException {
        ProcessBuilder builder = asPostgres ? new ProcessBuilder("su", "postgres", "-c", command)
                : new ProcessBuilder("sh", "-c", command);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
    }
}
