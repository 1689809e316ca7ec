package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.huiwu.ChildJvmCommand;
import org.huiwu.Launcher;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.OwnPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A venue server that speaks German and takes TLS connections only (decision 0037, amendment of session 7): a
 * PostgreSQL instance of the test's own ({@link OwnPostgres}) with {@code lc_messages = de_DE.UTF-8} — the locale
 * compiled for that server alone — {@code ssl=on}, a server certificate for 127.0.0.1 signed by a test CA made with
 * {@code openssl}, and {@code pg_hba.conf} rejecting unencrypted connections. The server's refusal really comes in
 * German, and the laptop is still told that the server wants TLS; a command given the CA with {@code --db-root-cert}
 * works over a checked ({@code verify-full}) encrypted connection; one whose URL turns TLS off is told, in English
 * although the server spoke German, to choose the root. (Without a root and without {@code sslmode=disable} the
 * driver's default takes the offered TLS unchecked, decision 0030.)
 */
@Tag("postgresql")
class TranslatedTlsServerTest {

    @TempDir
    static Path dir;

    private static OwnPostgres server;

    @BeforeAll
    static void startGermanTlsServer() throws Exception {
        openssl("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=venue3-ca -keyout ca.key -out ca.crt");
        openssl("req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key -out server.csr");
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=IP:127.0.0.1\n");
        openssl("x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext"
                + " -out server.crt");
        server = OwnPostgres.startWithTls("venue3_de", dir.resolve("server.crt"), dir.resolve("server.key"), "de_DE");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theServersRefusalIsInGermanAndTheLaptopIsStillToldItNeedsTls() {
        DatabaseServer plain = plain("?sslmode=disable");
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(plain.url(), login).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Verschlüsselung").as("translated, not English")
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("no encryption"));

        assertThatThrownBy(() -> Database.open(plain, Duration.ZERO, () -> { }, null))
                .isInstanceOfSatisfying(StorageUnavailableException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(StorageProblem.SERVER_NEEDS_TLS));
    }

    @Test
    void theRootCertificateGivesAnEncryptedConnection() throws Exception {
        DatabaseServer venue = new DatabaseServer(plain("").url(), "postgres", "", dir.resolve("ca.crt"));
        try (Database store = Database.open(venue, Duration.ZERO, () -> { }, null)) {
            assertThat(store.dao(MeetingDao.class).list()).isEmpty();
            Boolean encrypted = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").mapTo(Boolean.class).one());
            assertThat(encrypted).isTrue();
        }
    }

    @Test
    void aCommandWithDbRootCertWorksAndAnUnencryptedOneIsToldToChooseTheRoot() throws Exception {
        List<String> venue = List.of("--data-dir", dir.resolve("laptop").toString(), "--db-url", plain("").url(),
                "--db-user", "postgres");
        List<String> withRoot = new ArrayList<>(List.of("meetings"));
        withRoot.addAll(venue);
        withRoot.addAll(List.of("--db-root-cert", dir.resolve("ca.crt").toString()));
        Run listed = run(withRoot);
        assertThat(listed.code).as(listed.err).isZero();

        List<String> unencrypted = List.of("meetings", "--data-dir", dir.resolve("laptop").toString(), "--db-url",
                plain("?sslmode=disable").url(), "--db-user", "postgres");
        Run refused = run(unencrypted);
        assertThat(refused.code).isNotZero();
        assertThat(refused.err).contains("encrypted connections only").contains("--db-root-cert");
    }

    private static DatabaseServer plain(String options) {
        return new DatabaseServer(server.server("venue3_de").url() + options, "postgres", "", null);
    }

    private record Run(int code, String out, String err) {
    }

    /** The command in a JVM of its own, English, with an empty password in {@code HUIWU_DB_PASSWORD}. */
    private static Run run(List<String> args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ChildJvmCommand.of(dir, List.of("-Duser.language=en",
                "-Duser.country=GB"), Launcher.class.getName(), args.toArray(String[]::new)));
        builder.environment().put("HUIWU_DB_PASSWORD", "");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("ended").isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    private static void openssl(String arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments.split(" ")));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("openssl " + arguments + " failed: " + output);
        }
    }
}
