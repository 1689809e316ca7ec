package org.huiwu.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.huiwu.model.StorageProblem;

/**
 * Tells a login the server refused because it came unencrypted from any other login refusal (decision 0037,
 * amended), without reading the server's message, which follows its {@code lc_messages}: when a login without the
 * venue's root certificate is refused with SQL state 28000 (pg_hba.conf has no line for it, or rejects it), one more
 * connection is tried to the same host, database and login with {@code sslmode=require} and <em>no password</em>.
 * pg_hba.conf is read before any password is asked for, so that probe gets past it (logs in on a trust line, or is
 * asked for a password — {@link PasswordAsked} notes that and gives none) only when encryption is what the first
 * attempt lacked; refused again (28000, or no TLS on the server at all), the refusal was about something else. No password travels over the probe's unchecked connection. Stateless
 * and thread-safe; it blocks for one connection attempt.
 */
final class TlsProbe {

    private TlsProbe() {
    }

    /** The reason of a refused login to {@code server}: {@code found}, or {@code SERVER_NEEDS_TLS} when the probe says so. */
    static StorageProblem reasonOf(DatabaseServer server, SQLException refusal, StorageProblem found) {
        if (found != StorageProblem.SERVER_LOGIN_REFUSED || !"28000".equals(refusal.getSQLState())
                || server.rootCertificate() != null) {
            return found;
        }
        return encryptedWouldPass(server) ? StorageProblem.SERVER_NEEDS_TLS : found;
    }

    private static boolean encryptedWouldPass(DatabaseServer server) {
        Properties probe = new Properties();
        probe.setProperty("user", server.user());
        probe.setProperty("ssl", "true");
        probe.setProperty("sslmode", "require");
        probe.setProperty("connectTimeout", "10");
        probe.setProperty("loginTimeout", "15");
        probe.setProperty("ApplicationName", "huiwu");
        probe.setProperty("authenticationPluginClassName", PasswordAsked.class.getName());
        int query = server.url().indexOf('?');
        String url = query < 0 ? server.url() : server.url().substring(0, query);
        try (Connection connection = DriverManager.getConnection(url, probe)) {
            return true;
        } catch (SQLException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains(PasswordAsked.MARK)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The probe's password source: the server asked for a password, so pg_hba.conf let the encrypted probe through.
     * It gives none and ends the probe with its own mark (the driver's and the server's texts are translated).
     * Stateless; instantiated by the driver.
     */
    public static final class PasswordAsked implements org.postgresql.plugin.AuthenticationPlugin {

        static final String MARK = "huiwu-tls-probe: the server asked for a password";

        @Override
        public char[] getPassword(org.postgresql.plugin.AuthenticationRequestType type)
                throws org.postgresql.util.PSQLException {
            throw new org.postgresql.util.PSQLException(MARK, org.postgresql.util.PSQLState.CONNECTION_REJECTED);
        }
    }
}
