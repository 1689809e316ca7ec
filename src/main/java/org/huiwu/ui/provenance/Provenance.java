package org.huiwu.ui.provenance;

import java.time.ZoneId;
import java.util.function.Supplier;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.provenance.TextChecks;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * What every sources panel needs from the composition root: the venue's checks against the standard
 * (null where a test runs without a database), the clock's zone for their times, and the name a
 * supervisor's form starts with. Immutable.
 */
public record Provenance(TextChecks checks, ZoneId zone, Supplier<String> name) {

    /** No database: the sources panel shows where the texts come from, and marking does nothing. */
    public static Provenance none() {
        return new Provenance(null, ZoneId.systemDefault(), () -> "");
    }

    /** A new sources model for one panel, its work on {@code runner}. */
    public SourcesViewModel sources(TaskRunner runner, FailureMessages failures, I18n i18n) {
        return new SourcesViewModel(checks, runner, failures, i18n, zone, name);
    }
}
