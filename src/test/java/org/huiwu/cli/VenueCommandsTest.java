package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.huiwu.ChildJvmCommand;
import org.huiwu.Launcher;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.persistence.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The venue commands end to end on the real test server (issue #15), each a process of its own as an administrator
 * or a laptop runs it, the password only in {@code HUIWU_DB_PASSWORD}: {@code venue-setup} makes the schema, the
 * roles and the logins (printing each password once and what every laptop enters), and again without harm; a
 * supervisor's laptop loads the sample onto the server, an attendant's laptop lists, exports and audits it with
 * {@code --db-url}; the data folders hold no records and no password; without a password and a terminal the
 * command says how to give one. PostgreSQL run only (skips on H2).
 */
@Tag("dao")
class VenueCommandsTest {

    private static final Pattern PASSWORD = Pattern.compile("Password of the login (\\S+) \\(\\w+\\): ([0-9a-f]{24})");

    @TempDir
    Path dir;

    private String prefix;
    private String schema;

    @AfterEach
    void dropVenue() {
        if (prefix == null) {
            return;
        }
        TestStores.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        for (String role : List.of(prefix + "_amy", prefix + "_sue", prefix + "_attendant", prefix + "_supervisor",
                prefix + "_owner")) {
            TestStores.execute("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "BEGIN EXECUTE 'DROP OWNED BY " + role + "'; EXCEPTION WHEN insufficient_privilege THEN NULL; END; "
                    + "EXECUTE 'DROP ROLE " + role + "'; END IF; END $$");
        }
    }

    @Test
    void anAdministratorSetsUpTheVenueAndLaptopsWorkOnItWithTheirLogins() throws Exception {
        assumeThat(TestStores.onPostgres()).as("a PostgreSQL run").isTrue();
        TestStores.requireServer();
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        prefix = "trust_r" + tag;
        schema = "trust_v" + tag;
        String url = TestStores.server().url();
        List<String> server = List.of("--db-url", url);

        Run setUp = run(TestStores.server().password(), concat(List.of("venue-setup", "--db-user",
                TestStores.server().user(), "--schema", schema, "--role-prefix", prefix, "--supervisor",
                prefix + "_sue=吕佳", "--attendant", prefix + "_amy=张敏"), server));
        assertThat(setUp.code).as(setUp.err).isZero();
        assertThat(setUp.out).contains("The venue server is set up")
                .contains("Server address " + url).contains("--db-url " + url + " --db-user LOGIN");
        Matcher logins = PASSWORD.matcher(setUp.out);
        assertThat(logins.find()).isTrue();
        String sue = logins.group(2);
        assertThat(logins.group(1)).isEqualTo(prefix + "_sue");
        assertThat(logins.find()).isTrue();
        String amy = logins.group(2);
        assertThat(logins.group(1)).isEqualTo(prefix + "_amy");

        Run again = run(TestStores.server().password(), concat(List.of("venue-setup", "--db-user",
                TestStores.server().user(), "--schema", schema, "--role-prefix", prefix), server));
        assertThat(again.code).as("idempotent: " + again.err).isZero();

        Path supervisorLaptop = dir.resolve("sue-laptop");
        Run sample = run(sue, concat(List.of("sample", "--data-dir", supervisorLaptop.toString(), "--db-user",
                prefix + "_sue"), server));
        assertThat(sample.code).as(sample.err).isZero();

        Path attendantLaptop = dir.resolve("amy-laptop");
        List<String> amyOn = concat(List.of("--data-dir", attendantLaptop.toString(), "--db-user", prefix + "_amy"),
                server);
        Run meetings = run(amy, concat(List.of("meetings"), amyOn));
        assertThat(meetings.code).as(meetings.err).isZero();
        assertThat(meetings.out).contains(SampleMeeting.ID.toString());
        Path out = dir.resolve("out");
        Run export = run(amy, concat(List.of("export", "--meeting", SampleMeeting.ID.toString(), "--format", "csv",
                "--out", out.toString()), amyOn));
        assertThat(export.code).as(export.err).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.toList()).isNotEmpty();
        }
        Run audit = run(amy, concat(List.of("audit"), amyOn));
        assertThat(audit.code).as(audit.out + audit.err).isZero();

        for (Path laptop : List.of(supervisorLaptop, attendantLaptop)) {
            assertThat(laptop.resolve("huiwu.mv.db")).as("the records stay on the server").doesNotExist();
            try (Stream<Path> files = Files.walk(laptop)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertThat(text).as(file.toString()).doesNotContain(sue).doesNotContain(amy);
                }
            }
        }

        Run noPassword = run(null, concat(List.of("meetings"), amyOn));
        assertThat(noPassword.code).isNotZero();
        assertThat(noPassword.err).contains("HUIWU_DB_PASSWORD");
    }

    private record Run(int code, String out, String err) {
    }

    /** The command in a JVM of its own, English, with the password (or none) in {@code HUIWU_DB_PASSWORD}. */
    private Run run(String password, List<String> args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ChildJvmCommand.of(dir, List.of("-Duser.language=en",
                "-Duser.country=GB"), Launcher.class.getName(), args.toArray(String[]::new)));
        builder.environment().remove("HUIWU_DB_PASSWORD");
        if (password != null) {
            builder.environment().put("HUIWU_DB_PASSWORD", password);
        }
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("ended").isTrue();
        return new Run(process.exitValue(), out, Files.readString(err));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
