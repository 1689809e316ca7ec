package org.huiwu.persistence;

import java.sql.SQLException;

import javax.net.ssl.SSLException;

import org.huiwu.model.StorageProblem;

/**
 * The {@link StorageProblem} a PostgreSQL failure is, read from its SQL state (class 08 connection, 28 login,
 * 42501 no privilege, 53 resources) and from a TLS failure in its causes; a login refused by {@code pg_hba.conf}
 * because it came without encryption (the server's English message ends "no encryption") asks for TLS. Null for a
 * failure that is no PostgreSQL one. Stateless and thread-safe.
 */
final class ServerProblems {

    private ServerProblems() {
    }

    static StorageProblem reasonOf(SQLException e) {
        if (!e.getClass().getName().startsWith("org.postgresql.")) {
            return null;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
                return StorageProblem.SERVER_CERTIFICATE;
            }
        }
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("28") && String.valueOf(e.getMessage()).endsWith("no encryption")) {
            return StorageProblem.SERVER_NEEDS_TLS;
        }
        if (state.startsWith("28") || state.equals("3D000")) {
            return StorageProblem.SERVER_LOGIN_REFUSED;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return StorageProblem.SERVER_UNREACHABLE;
        }
        if (state.equals("42501")) {
            return StorageProblem.SERVER_NOT_ALLOWED;
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return StorageProblem.LOCKED;
        }
        if (state.equals("53100")) {
            return StorageProblem.DISK_FULL;
        }
        return null;
    }
}
