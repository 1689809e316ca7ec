package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS to the venue server with a real certificate (decision 0030, 0037): a test CA and a server certificate for
 * 127.0.0.1 made with {@code openssl}, a PostgreSQL instance of the test's own ({@link OwnPostgres}) with
 * {@code ssl=on} that rejects unencrypted connections. With the venue's root certificate the store opens over a
 * checked ({@code verify-full}) encrypted connection; with another CA's root it is refused with the certificate
 * message; without TLS the server refuses and the laptop is told to choose the root certificate, also when the
 * server's refusal is in another language (an encrypted probe without a password tells it, {@link TlsProbe}).
 */
@Tag("postgresql")
class VenueTlsTest {

    @TempDir
    static Path certs;

    private static OwnPostgres server;

    @BeforeAll
    static void startTlsServer() throws Exception {
        openssl("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=trust-venue-ca -keyout ca.key -out ca.crt");
        openssl("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=trust-other-ca -keyout other.key -out other.crt");
        openssl("req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key -out server.csr");
        java.nio.file.Files.writeString(certs.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        openssl("x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext"
                + " -out server.crt");
        server = OwnPostgres.startWithTls("trust_tls", certs.resolve("server.crt"), certs.resolve("server.key"));
    }

    @AfterAll
    static void stopTlsServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theVenuesRootCertificateGivesACheckedEncryptedConnection() throws java.sql.SQLException {
        DatabaseServer venue = withRoot(certs.resolve("ca.crt"), "");
        assertThat(venue.driverProperties()).containsEntry("sslmode", "verify-full");

        try (Database store = Database.open(venue, Duration.ZERO, () -> { }, null)) {
            assertThat(store.dao(MeetingDao.class).list()).isEmpty();
            String role = store.jdbi().withHandle(h -> h.createQuery("SELECT current_user").mapTo(String.class).one());
            assertThat(role).as("the migration's SET ROLE does not stay on the pooled connections").isEqualTo("postgres");
        }
        try (var connection = java.sql.DriverManager.getConnection(venue.url(), venue.driverProperties());
                var rows = connection.createStatement().executeQuery(
                        "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBoolean(1)).as("encrypted, " + rows.getString(2)).isTrue();
        }
    }

    @Test
    void anotherCasRootIsRefusedWithTheCertificateMessage() {
        assertThatThrownBy(() -> Database.open(withRoot(certs.resolve("other.crt"), ""), Duration.ZERO, () -> { }, null))
                .isInstanceOfSatisfying(StorageUnavailableException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(StorageProblem.SERVER_CERTIFICATE);
                    assertThat(text(refused.problem())).startsWith("No encrypted connection to the venue server");
                });
    }

    @Test
    void withoutTlsTheServerRefusesAndTheLaptopIsToldToChooseTheRootCertificate() {
        assertThatThrownBy(() -> Database.open(withRoot(null, "?sslmode=disable"), Duration.ZERO, () -> { }, null))
                .isInstanceOfSatisfying(StorageUnavailableException.class, refused -> {
                    assertThat(refused.problem()).isEqualTo(StorageProblem.SERVER_NEEDS_TLS);
                    assertThat(text(refused.problem())).contains("encrypted connections only")
                            .contains("root certificate");
                });
    }

    @Test
    void aRefusalForWantOfTlsIsToldWithoutReadingTheServersLanguage() {
        java.sql.SQLException translated = new org.postgresql.util.PSQLException(
                "致命错误: pg_hba.conf 拒绝来自主机 \"127.0.0.1\"、用户 \"postgres\" 的连接，未加密",
                org.postgresql.util.PSQLState.INVALID_AUTHORIZATION_SPECIFICATION);
        assertThat(TlsProbe.reasonOf(withRoot(null, "?sslmode=disable"), translated,
                StorageProblem.SERVER_LOGIN_REFUSED)).isEqualTo(StorageProblem.SERVER_NEEDS_TLS);

        DatabaseServer nobody = new DatabaseServer(server.server("trust_tls").url() + "?sslmode=disable", "nobody_here",
                "", null);
        assertThat(TlsProbe.reasonOf(nobody, translated, StorageProblem.SERVER_LOGIN_REFUSED))
                .as("refused over TLS too: not a matter of encryption").isEqualTo(StorageProblem.SERVER_LOGIN_REFUSED);
        assertThat(TlsProbe.reasonOf(withRoot(certs.resolve("ca.crt"), ""), translated,
                StorageProblem.SERVER_LOGIN_REFUSED)).as("already encrypted").isEqualTo(StorageProblem.SERVER_LOGIN_REFUSED);
    }

    private static DatabaseServer withRoot(Path root, String options) {
        DatabaseServer plain = server.server("trust_tls");
        return new DatabaseServer(plain.url() + options, plain.user(), "", root);
    }

    private static String text(StorageProblem problem) {
        return new FailureMessages(new I18n(Locale.ENGLISH), Database::problemOf).storageText(problem);
    }

    private static void openssl(String arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl"));
        command.addAll(java.util.List.of(arguments.split(" ")));
        Process process = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("openssl " + arguments + " failed: " + output);
        }
    }
}
