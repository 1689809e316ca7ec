package org.huiwu.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.huiwu.i18n.I18n;

/**
 * The secrets a command is given: the venue server's password ({@value #DB_PASSWORD_VARIABLE}, else typed on the
 * console without echo) and the passphrase of an encrypted data folder (the first line of standard input, else
 * {@value #PASSPHRASE_VARIABLE}). Nothing is kept here. Stateless; confined to the calling thread.
 */
final class CommandSecrets {

    /** The environment variable that may hold the venue server's password, for scripts. */
    static final String DB_PASSWORD_VARIABLE = "HUIWU_DB_PASSWORD";

    /** The environment variable that may hold the passphrase of an encrypted data folder. */
    static final String PASSPHRASE_VARIABLE = "HUIWU_PASSPHRASE";

    private CommandSecrets() {
    }

    /** The venue server's password: {@value #DB_PASSWORD_VARIABLE}, else typed on the console without echo. */
    static String serverPassword(I18n i18n, String user, String url) {
        String password = System.getenv(DB_PASSWORD_VARIABLE);
        if (password != null) {
            return password;
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(i18n.format("cli.db.noPassword", DB_PASSWORD_VARIABLE));
        }
        char[] typed = console.readPassword("%s", i18n.format("cli.db.password", user, url));
        return typed == null ? "" : new String(typed);
    }

    /** The passphrase as given: the first line of standard input when {@code fromStdin}, else the variable; "" for none. */
    static String passphrase(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                return "";
            }
        }
        String variable = System.getenv(PASSPHRASE_VARIABLE);
        return variable == null ? "" : variable;
    }
}
