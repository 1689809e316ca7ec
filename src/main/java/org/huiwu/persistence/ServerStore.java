package org.huiwu.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Opens a venue's PostgreSQL server as a store (decision 0030): a pool of up to {@value #MAX_CONNECTIONS}
 * connections with the login given at run time, the same Flyway history as the laptop's H2 file, skipped when
 * the schema is current (as on H2). When the schema needs migrating, Flyway runs as the role that owns the
 * schema (the venue's {@code huiwu_owner}, see {@link VenueSetup}) if this login is a member of it — a
 * supervisor's login after an app update — so every table keeps one owner and the venue's grants. An
 * attendant's login cannot migrate: opening then fails with {@link StorageProblem#SERVER_NOT_ALLOWED}.
 * Stateless; call off the FX thread.
 */
final class ServerStore {

    static final int MAX_CONNECTIONS = 8;
    private static final String SCHEMA_OWNER = """
            SELECT r.rolname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner
            WHERE n.nspname = current_schema() AND r.rolname <> current_user AND pg_has_role(current_user, r.oid, 'MEMBER')
            """;

    /** The login, the person its role's comment names, and whether it is a member of the schema's owner role. */
    private static final String LOGIN = """
            SELECT session_user AS login, coalesce(shobj_description(r.oid, 'pg_authid'), '') AS person,
                coalesce((SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') FROM pg_namespace n
                    WHERE n.nspname = current_schema()), false) AS supervisor
            FROM pg_roles r WHERE r.rolname = session_user
            """;

    private ServerStore() {
    }

    /** Who the store's login is, as the server says (see {@link org.huiwu.model.staff.VenueLogin}). */
    static org.huiwu.model.staff.VenueLogin login(org.jdbi.v3.core.Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery(LOGIN).map((rows, context) ->
                new org.huiwu.model.staff.VenueLogin(rows.getString("login"), rows.getString("person"),
                        rows.getBoolean("supervisor"))).one());
    }

    static Database open(DatabaseServer server, List<String> migrationLocations) {
        JdbcConnectionPool pool = pool(server);
        Path where = Path.of(server.url().substring("jdbc:".length()).replace(':', '_'));
        try {
            boolean current;
            String owner;
            try (Connection connection = pool.getConnection()) {
                current = migrationLocations.equals(List.of(Database.MIGRATIONS)) && CurrentSchema.isCurrent(connection);
                owner = current ? null : schemaOwnerToBecome(connection);
            }
            if (!current) {
                var configuration = Flyway.configure().dataSource(pool)
                        .locations(migrationLocations.toArray(String[]::new));
                if (owner != null) {
                    configuration.initSql("SET ROLE \"" + owner.replace("\"", "\"\"") + "\"");
                }
                Flyway flyway = configuration.load();
                CurrentSchema.refuseNewer(flyway, where);
                flyway.migrate();
                if (owner != null) {
                    // the migration's connections stay in the owner's role: later work runs as the login itself
                    pool.dispose();
                    pool = pool(server);
                }
            }
            return new Database(pool, Database.Engine.POSTGRESQL);
        } catch (SQLException e) {
            pool.dispose();
            throw new StorageUnavailableException(TlsProbe.reasonOf(server, e, StorageProblems.reasonOf(e)), where, e);
        } catch (FlywayException e) {
            pool.dispose();
            throw new StorageUnavailableException(StorageProblems.reasonOfMigration(e), where, e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** A pool on the server with the login, TLS and time-outs of {@link DatabaseServer#driverProperties()}. */
    static JdbcConnectionPool pool(DatabaseServer server) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(server.url());
        server.driverProperties().forEach((key, value) -> {
            try {
                source.setProperty(key.toString(), value.toString());
            } catch (SQLException e) {
                throw new IllegalArgumentException("driver property " + key, e);
            }
        });
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /**
     * Logs in once and closes again: the check behind the settings screen's "test connection" button.
     *
     * @return who the server says the login is (the person named for it, and whether a supervisor)
     *
     * @throws StorageUnavailableException with the reason when the server cannot be used with this login
     */
    static org.huiwu.model.staff.VenueLogin check(DatabaseServer server) {
        JdbcConnectionPool pool = pool(server);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(LOGIN)) {
            rows.next();
            return new org.huiwu.model.staff.VenueLogin(rows.getString("login"), rows.getString("person"),
                    rows.getBoolean("supervisor"));
        } catch (SQLException e) {
            throw new StorageUnavailableException(TlsProbe.reasonOf(server, e, StorageProblems.reasonOf(e)),
                    Path.of(server.url().substring(5)
                    .replace(':', '_')), e);
        } finally {
            pool.dispose();
        }
    }

    /** The role owning the current schema, when this login is a member of it but not it; else null. */
    private static String schemaOwnerToBecome(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SCHEMA_OWNER)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
