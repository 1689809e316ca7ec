package org.huiwu.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * A venue's PostgreSQL server as a store: its JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB}), the login, the
 * password given at run time (never written anywhere by this class, and left out of {@link #toString()}), and
 * optionally the venue's TLS root certificate, which makes the connection {@code sslmode=verify-full}: encrypted,
 * and only to a server whose certificate that root signed for the host named in the URL. Immutable.
 */
public record DatabaseServer(String url, String user, String password, Path rootCertificate) implements StoreLocation {

    /** The only kind of URL a server store takes. */
    public static final String URL_PREFIX = "jdbc:postgresql://";

    public DatabaseServer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        password = password == null ? "" : password;
    }

    /** Whether the text is a URL this class takes (the settings screen and the command line check with it). */
    public static boolean isServerUrl(String text) {
        return text != null && text.startsWith(URL_PREFIX) && text.length() > URL_PREFIX.length();
    }

    /** The same server and login with another password (the one asked for after a refusal). */
    public DatabaseServer withPassword(String newPassword) {
        return new DatabaseServer(url, user, newPassword, rootCertificate);
    }

    /** The driver properties: login, time-outs, and TLS with the root certificate when one is given. */
    Properties driverProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "15");
        properties.setProperty("ApplicationName", "huiwu");
        if (rootCertificate != null) {
            properties.setProperty("ssl", "true");
            properties.setProperty("sslmode", "verify-full");
            properties.setProperty("sslrootcert", rootCertificate.toAbsolutePath().toString());
        }
        return properties;
    }

    @Override
    public String toString() {
        return "DatabaseServer[" + url + " as " + user + (rootCertificate == null ? "" : ", TLS " + rootCertificate) + "]";
    }
}
