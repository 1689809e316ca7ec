package org.huiwu.ui.settings;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.settings.VenueServerSetting;
import org.huiwu.logic.settings.VenueServerSetting.Choice;
import org.huiwu.ui.common.TaskRunner;

/**
 * The settings' 会务服务器 part (decision 0030): whether this laptop keeps its records in its own folder or on a
 * venue's PostgreSQL server, the server's URL, login and TLS root certificate, remembered (never the password)
 * each time a field is left with a complete choice, for the next start; and a connection test with a password
 * typed for the test only. FX thread only; the file and the server are reached on the task runner's thread.
 */
public final class VenueServerViewModel {

    private final VenueServerSetting setting;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;

    private final BooleanProperty onServer = new SimpleBooleanProperty(this, "onServer", false);
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty rootCertificate = new SimpleStringProperty(this, "rootCertificate", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper inUse = new ReadOnlyStringWrapper(this, "inUse", "");
    private Optional<Choice> saved = Optional.empty();

    public VenueServerViewModel(VenueServerSetting setting, TaskRunner runner, FailureMessages failures, I18n i18n) {
        this.setting = setting;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
    }

    /**
     * Says where this window keeps its records now, which the remembered choice below need not be (a server named on
     * the command line, or a choice changed for the next start).
     */
    public void showInUse(boolean onServerNow) {
        inUse.set(i18n.get(onServerNow ? "settings.venue.inUseServer" : "settings.venue.inUseLaptop"));
    }

    /** Where this window keeps its records now; empty until {@link #showInUse} is called. */
    public ReadOnlyStringProperty inUseProperty() {
        return inUse.getReadOnlyProperty();
    }

    /** Reads the remembered choice into the form. */
    public void load() {
        runner.run(setting::remembered, remembered -> {
            saved = remembered;
            onServer.set(remembered.isPresent());
            remembered.ifPresent(choice -> {
                url.set(choice.url());
                user.set(choice.user());
                rootCertificate.set(choice.rootCertificate());
            });
        }, failure -> result.set(failures.describe(failure)));
    }

    /**
     * Remembers the form as it is now when it differs from what is remembered: this laptop, or a complete server
     * choice (an incomplete one is explained and not remembered). Called when a field is left and on OK.
     */
    public void commit() {
        Optional<Choice> wanted = onServer.get()
                ? Optional.of(new Choice(url.get(), user.get(), rootCertificate.get())) : Optional.empty();
        if (wanted.isPresent() && !wanted.get().complete()) {
            result.set(i18n.get("settings.venue.incomplete"));
            return;
        }
        if (wanted.equals(saved)) {
            return;
        }
        runner.run(() -> {
            setting.remember(wanted);
            return wanted;
        }, remembered -> {
            saved = remembered;
            result.set(i18n.format("settings.venue.saved", i18n.get(remembered.isPresent()
                    ? "settings.venue.server" : "settings.venue.laptop")));
        }, failure -> result.set(failures.describe(failure)));
    }

    /** Logs in to the server once with the password typed for the test, and says how it went. */
    public void test() {
        Choice choice = new Choice(url.get(), user.get(), rootCertificate.get());
        if (!choice.complete()) {
            result.set(i18n.get("settings.venue.incomplete"));
            return;
        }
        String typed = password.get();
        result.set(i18n.get("settings.venue.testing"));
        runner.run(() -> VenueServerSetting.tryLogin(choice, typed), tested -> result.set(tested.problem()
                        .map(p -> i18n.format("settings.venue.failed", failures.storageText(p)))
                        .orElseGet(() -> i18n.format("settings.venue.ok", choice.url(), choice.user(),
                                tested.login().map(org.huiwu.model.staff.VenueLogin::person).orElse(choice.user()),
                                i18n.get(tested.login().filter(org.huiwu.model.staff.VenueLogin::supervisor).isPresent()
                                        ? "settings.venue.asSupervisor" : "settings.venue.asAttendant")))),
                failure -> result.set(failures.describe(failure)));
    }

    public BooleanProperty onServerProperty() {
        return onServer;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty rootCertificateProperty() {
        return rootCertificate;
    }

    /** The password for the connection test only; never remembered. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** The outcome of the last test or save, in the user's language. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
