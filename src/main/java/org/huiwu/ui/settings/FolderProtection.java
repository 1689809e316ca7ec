package org.huiwu.ui.settings;

import java.time.LocalDateTime;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.ui.common.TaskRunner;

/**
 * What the settings form says about where the records are protected: on a venue server (decision 0030) the
 * records' protection at rest and their backups are the server's, so the form says so and hides the laptop's
 * backup fields; on a laptop it says whether the folder may hold 涉密 meetings (encrypted, or the supervisor's
 * override with who, when and why). Owned by {@link SettingsViewModel}. FX thread only; the folder's rule is
 * read on the task runner's thread.
 */
public final class FolderProtection {

    private final TaskRunner runner;
    private final I18n i18n;
    private final ReadOnlyStringWrapper classifiedState = new ReadOnlyStringWrapper(this, "classifiedState", "");
    private final ReadOnlyBooleanWrapper onServer = new ReadOnlyBooleanWrapper(this, "onServer", false);
    private ClassifiedFolder classifiedFolder;

    FolderProtection(TaskRunner runner, I18n i18n) {
        this.runner = runner;
        this.i18n = i18n;
    }

    /** Shows whether the folder may hold 涉密 meetings: encrypted, or the supervisor's override (who, when, why). */
    public void showClassifiedRule(ClassifiedFolder rule) {
        this.classifiedFolder = rule;
    }

    /** Tells the form the window works on a venue server, whose records and backups are the server's. */
    public void showOnServer(boolean working) {
        onServer.set(working);
    }

    /** Whether the window works on a venue server (the backup fields do not apply there). */
    public ReadOnlyBooleanProperty onServerProperty() {
        return onServer.getReadOnlyProperty();
    }

    /** The folder's state for 涉密 meetings (encrypted, the override in force, or none); empty until loaded. */
    public ReadOnlyStringProperty classifiedStateProperty() {
        return classifiedState.getReadOnlyProperty();
    }

    /** Reads the folder's rule into {@link #classifiedStateProperty()}, if a rule is shown. */
    void load(Consumer<Throwable> onFailure) {
        if (classifiedFolder == null) {
            return;
        }
        ClassifiedFolder rule = classifiedFolder;
        runner.run(() -> onServer.get() ? i18n.get("privacy.classified.onServer")
                : rule.encrypted() ? i18n.get("privacy.classified.encrypted")
                : rule.latestOverride().map(o -> i18n.format("privacy.classified.overridden", o.decidedBy(),
                        i18n.dateTime(LocalDateTime.ofInstant(o.decidedAt(), rule.zone())), shortened(o.reason())))
                .orElse(i18n.get("privacy.classified.none")), classifiedState::set, onFailure);
    }

    /** A long reason shown in its first 120 characters (the whole one is in the audit records). */
    private static String shortened(String reason) {
        return reason.length() <= 120 ? reason : reason.substring(0, 119) + "…";
    }
}
