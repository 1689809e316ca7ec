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

    private OwnPostgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** A fresh instance with a database {@code name}, started. */
    public static OwnPostgres start(String name) throws Exception {
        return start(name, null, null);
    }

    /**
     * A fresh instance with a database {@code name} that takes TLS connections only ({@code ssl=on}, and
     * {@code pg_hba.conf} rejects every unencrypted TCP connection), with the given certificate and key, started.
     */
    public static OwnPostgres startWithTls(String name, Path certificate, Path key) throws Exception {
        return start(name, certificate, key);
    }

    private static OwnPostgres start(String name, Path certificate, Path key) throws Exception {
        if (!Files.isExecutable(BIN.resolve("initdb")) || !Files.isExecutable(Path.of("/usr/bin/su"))
                || !"root".equals(System.getProperty("user.name"))) {
            String why = "an own PostgreSQL needs " + BIN + "/initdb and su as root";
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
        OwnPostgres own = new OwnPostgres(dir, port);
        run(BIN + "/initdb -D " + dir + "/data -A trust -U postgres -N -E UTF8 --locale=C.UTF-8", true);
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
        run(BIN + "/pg_ctl -D " + dir + "/data -l " + dir + "/log -w -o \"-p " + port + " -k " + dir
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
