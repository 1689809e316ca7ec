package org.huiwu.persistence;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.h2.jdbcx.JdbcConnectionPool;
import org.huiwu.model.StorageUnavailableException;

/**
 * Sets up a venue's PostgreSQL database for Huiwu (decision 0030), run by the venue's administrator with a login
 * that may create roles (the {@code postgres} superuser, or the database's owner with CREATEROLE). Idempotent: run
 * it again after an app update that adds tables. It makes three group roles named after a prefix —
 * {@code <p>_owner} (owns the schema and every table, no login), {@code <p>_supervisor} (member of the owner:
 * every change, and migrating the schema after an app update) and {@code <p>_attendant} (reads and writes the
 * meeting records, but only reads the templates and procedures of {@link #SUPERVISOR_TABLES}) — the schema owned
 * by the owner role, the app's tables (the same Flyway history as the laptops'), the grants, and the default
 * privileges that give tables created later the same rights. Logins are roles in one of the two groups, with the
 * schema as their search path and the person's name as their comment; the server enforces who may change what,
 * including (by a row policy on {@code stage_change}) that only a supervisor closes a stage with items still open.
 * Stateless; call off the FX thread.
 */
public final class VenueSetup {

    /** Tables only a supervisor changes: the templates and the incident procedures. */
    public static final List<String> SUPERVISOR_TABLES = List.of("procedure_version", "procedure_step",
            "checklist_template_item", "stage_template_version", "stage_template_item", "survey_template_item",
            "survey_template_level", "assessment_template", "assessment_template_item");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final DatabaseServer admin;
    private final String prefix;
    private final String schema;

    /**
     * @param admin the administrator's login on the venue database
     * @param prefix the group roles' prefix ({@code huiwu} at a venue)
     * @param schema the schema that holds the app's tables ({@code huiwu} at a venue)
     */
    public VenueSetup(DatabaseServer admin, String prefix, String schema) {
        this.admin = admin;
        this.prefix = requireName(prefix);
        this.schema = requireName(schema);
    }

    /** Makes (or brings up to date) the roles, the schema, its tables and the grants. */
    public void apply() {
        run(List.of(
                createRole(prefix + "_owner", "NOLOGIN"),
                createRole(prefix + "_supervisor", "NOLOGIN"),
                createRole(prefix + "_attendant", "NOLOGIN"),
                "GRANT " + prefix + "_owner TO " + prefix + "_supervisor",
                "GRANT " + prefix + "_owner TO CURRENT_USER",
                "CREATE SCHEMA IF NOT EXISTS " + schema + " AUTHORIZATION " + prefix + "_owner",
                "GRANT USAGE ON SCHEMA " + schema + " TO " + prefix + "_attendant, " + prefix + "_supervisor"));
        Database.open(inSchema(admin), Duration.ZERO, () -> { }, null).close();
        String groups = prefix + "_attendant, " + prefix + "_supervisor";
        run(List.of(
                "SET ROLE " + prefix + "_owner",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + groups,
                "REVOKE INSERT, UPDATE, DELETE ON " + schema + ".flyway_schema_history FROM " + groups,
                "REVOKE INSERT, UPDATE, DELETE ON " + String.join(", ", SUPERVISOR_TABLES.stream()
                        .map(table -> schema + "." + table).toList()) + " FROM " + prefix + "_attendant",
                "ALTER DEFAULT PRIVILEGES FOR ROLE " + prefix + "_owner IN SCHEMA " + schema
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + groups,
                "ALTER TABLE " + schema + ".stage_change ENABLE ROW LEVEL SECURITY",
                "DROP POLICY IF EXISTS no_override ON " + schema + ".stage_change",
                "CREATE POLICY no_override ON " + schema + ".stage_change TO " + prefix + "_attendant"
                        + " USING (true) WITH CHECK (override_reason = '')",
                "DROP POLICY IF EXISTS supervisor_all ON " + schema + ".stage_change",
                "CREATE POLICY supervisor_all ON " + schema + ".stage_change TO " + prefix + "_supervisor"
                        + " USING (true) WITH CHECK (true)",
                "RESET ROLE"));
    }

    /**
     * Makes a login (or gives an existing one a new password) in the supervisors' or the attendants' group, with
     * the app's schema as its search path.
     *
     * @return the login's password: the one given, or a new random one when {@code password} is null or blank
     */
    public String addLogin(String login, boolean supervisor, String password) {
        return addLogin(login, "", supervisor, password);
    }

    /**
     * As {@link #addLogin(String, boolean, String)}, naming the person the login belongs to (the name on the
     * staff list, e.g. 张敏) in the role's comment, which the app reads as the attendant's name at that laptop.
     */
    public String addLogin(String login, String person, boolean supervisor, String password) {
        String name = requireName(login);
        String secret = password == null || password.isBlank() ? randomPassword() : password;
        String quoted = "'" + secret.replace("'", "''") + "'";
        String group = prefix + (supervisor ? "_supervisor" : "_attendant");
        String other = prefix + (supervisor ? "_attendant" : "_supervisor");
        run(List.of(
                createRole(name, "LOGIN"),
                "ALTER ROLE " + name + " LOGIN PASSWORD " + quoted,
                "GRANT " + group + " TO " + name,
                "REVOKE " + other + " FROM " + name,
                "ALTER ROLE " + name + " SET search_path = " + schema,
                "COMMENT ON ROLE " + name + " IS '" + (person == null ? "" : person.strip()).replace("'", "''") + "'"));
        return secret;
    }

    /** The app's store as the administrator sees it (to fill in what the app ships, such as the procedures). */
    public DatabaseServer administratorStore() {
        return inSchema(admin);
    }

    /** The administrator's server with the app's schema as the current one. */
    private DatabaseServer inSchema(DatabaseServer server) {
        String url = server.url();
        return new DatabaseServer(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, server.user(),
                server.password(), server.rootCertificate());
    }

    private static String createRole(String name, String options) {
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE "
                + name + " " + options + "; END IF; END $$";
    }

    private void run(List<String> statements) {
        JdbcConnectionPool pool = ServerStore.pool(admin);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException(StorageProblems.reasonOf(e), java.nio.file.Path.of(prefix), e);
        } finally {
            pool.dispose();
        }
    }

    private static String randomPassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a role or schema name is lower-case letters, digits and _: " + name);
        }
        return name;
    }
}
