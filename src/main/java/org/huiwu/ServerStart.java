package org.huiwu;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.settings.VenueServerSetting;
import org.huiwu.logic.settings.VenueServerSetting.Choice;
import org.huiwu.model.StorageProblem;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseServer;
import org.huiwu.persistence.OfflineStart;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.ui.settings.ServerPasswordDialog;

/**
 * Where the window's records are (decision 0030): the venue server named on the command line
 * ({@code --db-url URL --db-user U [--db-root-cert FILE]}) or remembered in Settings, else the data folder's own
 * H2 file. For a server the password comes from {@value VenueServerSetting#PASSWORD_VARIABLE} or a dialog in the
 * user's language (up to {@link ServerPasswordDialog#TRIES} tries, each checked by logging in once, or, while the
 * server cannot be reached, against the hash kept at the last login: {@link OfflineStart}, decision 0047). Called on
 * the thread of {@link WindowOpening}, never on the FX thread; stateless.
 */
final class ServerStart {

    /** The window's options that name a venue server; each takes one value. */
    static final List<String> OPTIONS = List.of("--db-url", "--db-user", "--db-root-cert");

    private ServerStart() {
    }

    /** The store the window opens: a server (with a password that logged in) or the folder's H2 file. */
    static StoreLocation store(Path dataDir, List<String> arguments, I18n i18n) {
        Optional<Choice> choice = fromArguments(arguments).or(() -> new VenueServerSetting(dataDir).remembered());
        if (choice.isEmpty()) {
            return StoreLocation.laptop(dataDir);
        }
        String variable = System.getenv(VenueServerSetting.PASSWORD_VARIABLE);
        if (variable != null) {
            return choice.get().withPassword(variable);
        }
        return ask(dataDir, choice.get(), i18n);
    }

    /** The server named by the arguments, when {@code --db-url} is among them. */
    static Optional<Choice> fromArguments(List<String> arguments) {
        String url = value(arguments, "--db-url");
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new Choice(url, value(arguments, "--db-user"), value(arguments, "--db-root-cert")));
    }

    /** The value of {@code option VALUE} or {@code option=VALUE}, or null. */
    static String value(List<String> arguments, String option) {
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals(option) && i + 1 < arguments.size()) {
                return arguments.get(i + 1);
            }
            if (argument.startsWith(option + "=")) {
                return argument.substring(option.length() + 1);
            }
        }
        return null;
    }

    private static DatabaseServer ask(Path dataDir, Choice choice, I18n i18n) {
        FailureMessages failures = new FailureMessages(i18n, Database::problemOf);
        String lastProblem = "";
        StorageUnavailableException refused = null;
        for (int attempt = 1; attempt <= ServerPasswordDialog.TRIES; attempt++) {
            int shown = attempt;
            String problem = lastProblem;
            FutureTask<Optional<String>> dialog = new FutureTask<>(() -> new ServerPasswordDialog(i18n, choice.url(),
                    choice.user(), shown, problem).ask());
            Platform.runLater(dialog);
            Optional<String> given;
            try {
                given = dialog.get();
            } catch (InterruptedException | ExecutionException e) {
                throw new StorageUnavailableException(StorageProblem.SERVER_LOGIN_REFUSED, where(choice), e);
            }
            if (given.isEmpty()) {
                throw new StorageUnavailableException(StorageProblem.SERVER_LOGIN_REFUSED, where(choice),
                        new IllegalStateException("no password given"));
            }
            DatabaseServer server = choice.withPassword(given.get());
            try {
                Database.check(server);
                return server;
            } catch (StorageUnavailableException e) {
                StorageUnavailableException failure = e.problem() == StorageProblem.SERVER_UNREACHABLE
                        ? withoutServer(dataDir, server, e) : e;
                if (failure == null) {
                    return server;
                }
                if (failure.problem() != StorageProblem.SERVER_LOGIN_REFUSED) {
                    throw failure;
                }
                refused = failure;
                lastProblem = failures.storageText(failure.problem());
            }
        }
        throw refused;
    }

    /**
     * A server that cannot be reached, with a password given: null when the laptop may start from what it kept of
     * that server and user (the password matches the last login's, decision 0047), a refusal when the password does
     * not match, else {@code unreachable} as it was.
     */
    private static StorageUnavailableException withoutServer(Path dataDir, DatabaseServer server,
            StorageUnavailableException unreachable) {
        return switch (OfflineStart.check(dataDir, server)) {
            case MAY_START -> null;
            case WRONG_PASSWORD -> new StorageUnavailableException(StorageProblem.SERVER_LOGIN_REFUSED,
                    unreachable.dataDir(), new IllegalStateException("not the password of the last login"));
            case NOTHING_KEPT -> unreachable;
        };
    }

    private static Path where(Choice choice) {
        return Path.of(choice.url().replace(':', '_'));
    }
}
