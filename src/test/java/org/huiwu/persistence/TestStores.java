package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * One way for tests to get a fresh, migrated database on the engine the run chose: the H2 file in the test's
 * temporary folder by default, or, with {@code -Dhuiwu.test.engine=postgresql}, a fresh schema of its own on the
 * PostgreSQL server named by {@code HUIWU_TEST_PG_URL}, {@code HUIWU_TEST_PG_USER} and
 * {@code HUIWU_TEST_PG_PASSWORD} (environment, or the system properties {@code huiwu.test.pg.url|user|password}),
 * copied from a template schema the JVM migrated once, or a copy an earlier test used whose rows were reset to the
 * template's (a fresh migration per test cost about 3 s, mostly DDL).
 * Without a reachable server the PostgreSQL run skips, except under {@code CI} where it fails (the rule of
 * {@code ExternalTools}). A schema is reset for reuse once its test folder is gone (as the next test starts); all
 * are dropped when the test JVM ends. Test code; thread-safe.
 */
public final class TestStores {

    /** The system property that chooses the engine: {@code h2} (default) or {@code postgresql}. */
    public static final String ENGINE_PROPERTY = "huiwu.test.engine";
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static final java.util.Map<Path, DatabaseServer> BY_FOLDER = new java.util.concurrent.ConcurrentHashMap<>();
    private static Boolean reachable;
    private static String template;
    private static String reset;
    private static final String RESET_PLACEHOLDER = "t_reset_placeholder";
    /** Copies of the template whose tests are over, given their first content again, for the next test. */
    private static final java.util.Deque<String> FREE = new java.util.ArrayDeque<>();

    private TestStores() {
    }

    /** Whether this run's DAO tests go to PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, "h2"));
    }

    /**
     * The database of the test folder {@code tempDir} on the run's engine, fresh the first time: on H2 the file in
     * that folder, on PostgreSQL a schema made for that folder (opened again when the test reopens the folder).
     */
    public static Database fresh(Path tempDir) {
        if (!onPostgres()) {
            return Database.open(tempDir);
        }
        dropSchemasOfFinishedTests();
        DatabaseServer server = BY_FOLDER.computeIfAbsent(tempDir.toAbsolutePath(), folder -> freshServer());
        return Database.open(server, Duration.ZERO, () -> { }, null);
    }

    /**
     * A fresh schema of its own on the test server, as a store (requires the server), already holding the app's
     * tables and the rows the migrations put in: a copy of this JVM's template schema, which Flyway migrated once
     * (see {@link SchemaCopy}). Opening it finds the schema current and does not migrate again.
     */
    public static DatabaseServer freshServer() {
        String used;
        synchronized (FREE) {
            used = FREE.poll();
        }
        if (used != null) {
            return inSchema(used);
        }
        String schema = emptySchema();
        execute(SchemaCopy.script(template(), schema));
        return inSchema(schema);
    }

    /** A fresh, empty schema of its own on the test server, as a store: opening it runs the whole migration. */
    public static DatabaseServer emptyServer() {
        return inSchema(emptySchema());
    }

    /** The schema this JVM's PostgreSQL tests copy from: migrated by Flyway the first time it is asked for. */
    static synchronized String template() {
        if (template == null) {
            String schema = emptySchema();
            Database.open(inSchema(schema), Duration.ZERO, () -> { }, null).close();
            try (Connection connection = connect()) {
                reset = SchemaCopy.resetScript(connection, schema, RESET_PLACEHOLDER);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            template = schema;
        }
        return template;
    }

    /** Gives a used copy of the template its first content again (see {@link SchemaCopy#resetScript}). */
    static void reset(String schema) {
        template();
        execute(reset.replace(RESET_PLACEHOLDER + ".", schema + ".").replace("'" + RESET_PLACEHOLDER + ".",
                "'" + schema + "."));
    }

    private static String emptySchema() {
        requireServer();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE SCHEMA " + schema);
        synchronized (SCHEMAS) {
            if (SCHEMAS.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestStores::dropSchemas, "drop-test-schemas"));
            }
            SCHEMAS.add(schema);
        }
        return schema;
    }

    private static DatabaseServer inSchema(String schema) {
        String url = setting("url");
        return new DatabaseServer(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                setting("user"), setting("password"), null);
    }

    /** The test server as an administrator of the test database sees it (its owner login). */
    public static DatabaseServer server() {
        requireServer();
        return new DatabaseServer(setting("url"), setting("user"), setting("password"), null);
    }

    /** Makes sure the test server answers: skips the test without it, or fails it on CI. */
    public static synchronized void requireServer() {
        if (reachable == null) {
            try (Connection connection = connect()) {
                reachable = connection.isValid(5);
            } catch (SQLException | RuntimeException e) {
                reachable = false;
            }
        }
        if (!reachable) {
            String what = "PostgreSQL test server " + setting("url") + " as " + setting("user");
            if (System.getenv("CI") != null) {
                fail(what + " is unreachable: the tests need it on CI (.ci/run starts it)");
            }
            Assumptions.abort(what + " is unreachable");
        }
    }

    /** Runs one statement on the test database as its owner login. */
    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", setting("user"));
        login.setProperty("password", setting("password"));
        login.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(setting("url"), login);
    }

    /** A connection setting: the environment variable {@code HUIWU_TEST_PG_<NAME>}, else the system property. */
    static String setting(String name) {
        String variable = System.getenv("HUIWU_TEST_PG_" + name.toUpperCase(java.util.Locale.ROOT));
        if (variable != null && !variable.isBlank()) {
            return variable;
        }
        return System.getProperty("huiwu.test.pg." + name, switch (name) {
            case "url" -> "jdbc:postgresql://127.0.0.1:5432/huiwu_test";
            case "user" -> "huiwu_test";
            default -> "";
        });
    }

    /**
     * Resets the schemas of the test folders JUnit has deleted (their tests are over) for the next tests, as the
     * next test starts; one that cannot be reset is dropped.
     */
    private static void dropSchemasOfFinishedTests() {
        for (var entry : BY_FOLDER.entrySet()) {
            if (!java.nio.file.Files.exists(entry.getKey()) && BY_FOLDER.remove(entry.getKey(), entry.getValue())) {
                String url = entry.getValue().url();
                String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
                try {
                    reset(schema);
                    synchronized (FREE) {
                        FREE.add(schema);
                    }
                } catch (RuntimeException notReusable) {
                    synchronized (SCHEMAS) {
                        SCHEMAS.remove(schema);
                    }
                    try {
                        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    } catch (RuntimeException ignored) {
                        // dropped with the others when the JVM ends, or with the test database
                    }
                }
            }
        }
    }

    private static void dropSchemas() {
        synchronized (SCHEMAS) {
            for (int from = 0; from < SCHEMAS.size(); from += 8) {
                try {
                    execute("DROP SCHEMA IF EXISTS " + String.join(", ", SCHEMAS.subList(from,
                            Math.min(SCHEMAS.size(), from + 8))) + " CASCADE");
                } catch (RuntimeException ignored) {
                    // the server went away first; .ci/run drops the whole test database
                }
            }
        }
    }
}
