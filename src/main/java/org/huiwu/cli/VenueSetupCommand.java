package org.huiwu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.VenueSetup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code venue-setup}: run once by a venue's administrator (and again after an app update) against the venue's
 * PostgreSQL database, with a login that may create roles: makes the schema, the app's tables, the supervisor and
 * attendant roles with their grants, the procedures the app ships (which only a supervisor may change afterwards),
 * and the logins named, printing each new login's random password once
 * (README, "Venue mode"; decision 0030). Confined to the calling thread.
 */
@Command(name = "venue-setup", mixinStandardHelpOptions = true)
final class VenueSetupCommand implements Callable<Integer> {

    @Option(names = "--db-url", required = true, paramLabel = "URL",
            descriptionKey = "cli.venueSetup.dbUrl")
    private String url;

    @Option(names = "--db-user", required = true, paramLabel = "ADMIN",
            descriptionKey = "cli.venueSetup.dbUser")
    private String admin;

    @Option(names = "--db-root-cert", paramLabel = "FILE", descriptionKey = "cli.venueSetup.rootCert")
    private Path rootCertificate;

    @Option(names = "--schema", defaultValue = "huiwu", descriptionKey = "cli.venueSetup.schema")
    private String schema;

    @Option(names = "--role-prefix", defaultValue = "huiwu",
            descriptionKey = "cli.venueSetup.rolePrefix")
    private String prefix;

    @Option(names = "--supervisor", paramLabel = "LOGIN[=NAME]",
            descriptionKey = "cli.venueSetup.supervisorLogin")
    private List<String> supervisors = new ArrayList<>();

    @Option(names = "--attendant", paramLabel = "LOGIN[=NAME]",
            descriptionKey = "cli.venueSetup.attendantLogin")
    private List<String> attendants = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        I18n i18n = CliText.forSystemLocale();
        if (!DatabaseServer.isServerUrl(url)) {
            throw new CommandFailure(i18n.get("cli.db.badServer"));
        }
        DatabaseServer server = new DatabaseServer(url, admin, CommandSecrets.serverPassword(i18n, admin, url),
                rootCertificate);
        VenueSetup setup = new VenueSetup(server, prefix, schema);
        setup.apply();
        Path scratch = java.nio.file.Files.createTempDirectory("huiwu-venue-setup");
        try (AppContext shipped = AppContext.open(scratch, java.time.Clock.systemDefaultZone(),
                setup.administratorStore(), java.time.Duration.ZERO, () -> { }, null)) {
            shipped.incidents().procedures().currentAll();
        }
        var out = spec.commandLine().getOut();
        out.println(i18n.get("cli.venueSetup.done"));
        for (String login : supervisors) {
            addLogin(setup, login, true, i18n, out);
        }
        for (String login : attendants) {
            addLogin(setup, login, false, i18n, out);
        }
        out.println(i18n.format("cli.venueSetup.laptops", url, rootCertificate == null ? ""
                : i18n.get("cli.venueSetup.laptopsCert"), rootCertificate == null ? "" : " --db-root-cert FILE"));
        return 0;
    }

    /** Makes the login of {@code given} ({@code login} or {@code login=姓名}) and prints its new password once. */
    private static void addLogin(VenueSetup setup, String given, boolean supervisor, I18n i18n,
            java.io.PrintWriter out) {
        int equals = given.indexOf('=');
        String login = equals < 0 ? given : given.substring(0, equals);
        String person = equals < 0 ? "" : given.substring(equals + 1);
        out.println(i18n.format("cli.venueSetup.login", login, i18n.get(supervisor ? "cli.venueSetup.supervisor"
                : "cli.venueSetup.attendant"), setup.addLogin(login, person, supervisor, null)));
    }
}
