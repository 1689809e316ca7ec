package org.huiwu.cli;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.BackupRejectedException;
import org.huiwu.logic.export.BundleRejectedException;
import org.huiwu.logic.export.ExportFailedException;

/** Turns export, bundle and backup failures into the one line the command line shows. Stateless. */
final class ExportFailures {

    private ExportFailures() {
    }

    static CommandFailure of(I18n i18n, ExportFailedException e) {
        return new CommandFailure(i18n.format(e.problem().messageKey(), String.valueOf(e.file())));
    }

    static CommandFailure of(I18n i18n, BundleRejectedException e) {
        return new CommandFailure(i18n.format(e.problem().messageKey(), e.messageArguments()));
    }

    static CommandFailure of(I18n i18n, BackupRejectedException e) {
        return new CommandFailure(i18n.format(e.reason().messageKey(), e.file().toString()));
    }
}
