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
@Command(name = "venue-setup", mixinStandardHelpOptions = true,
        description = "Sets up a venue's PostgreSQL database: tables, supervisor and attendant roles, logins.")
final class VenueSetupCommand implements Callable<Integer> {

    @Option(names = "--db-url", required = true, paramLabel = "URL",
            description = "The venue database: jdbc:postgresql://HOST:PORT/DB (create it first, e.g. createdb huiwu).")
    private String url;

    @Option(names = "--db-user", required = true, paramLabel = "ADMIN",
            description = "An administrator login that may create roles (password from HUIWU_DB_PASSWORD, else asked).")
    private String admin;

    @Option(names = "--db-root-cert", paramLabel = "FILE", description = "The venue's TLS root certificate.")
    private Path rootCertificate;

    @Option(names = "--schema", defaultValue = "huiwu", description = "The schema of the app's tables (default huiwu).")
    private String schema;

    @Option(names = "--role-prefix", defaultValue = "huiwu",
            description = "Prefix of the group roles <p>_owner, <p>_supervisor, <p>_attendant (default huiwu).")
    private String prefix;

    @Option(names = "--supervisor", paramLabel = "LOGIN", description = "A supervisor's login to make (repeatable).")
    private List<String> supervisors = new ArrayList<>();

    @Option(names = "--attendant", paramLabel = "LOGIN", description = "An attendant's login to make (repeatable).")
    private List<String> attendants = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        I18n i18n = CliText.forSystemLocale();
        if (!DatabaseServer.isServerUrl(url)) {
            throw new CommandFailure(i18n.get("cli.db.badServer"));
        }
        DatabaseServer server = new DatabaseServer(url, admin, DataDirOption.serverPassword(i18n, admin, url),
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
            out.println(i18n.format("cli.venueSetup.login", login, i18n.get("cli.venueSetup.supervisor"),
                    setup.addLogin(login, true, null)));
        }
        for (String login : attendants) {
            out.println(i18n.format("cli.venueSetup.login", login, i18n.get("cli.venueSetup.attendant"),
                    setup.addLogin(login, false, null)));
        }
        return 0;
    }
}
