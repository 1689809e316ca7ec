package org.huiwu.ui.export;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.huiwu.i18n.I18n;
import org.huiwu.model.Meeting;
import org.huiwu.ui.common.DialogService;

/**
 * The attendant's consent to export 涉密 meetings: confirms the export naming the meetings, then asks for the
 * passphrase the sealed file is made with. Holds no state. FX thread only (it asks through the
 * {@link DialogService}).
 */
final class ClassifiedExportConsent {

    private final DialogService dialogs;
    private final I18n i18n;

    ClassifiedExportConsent(DialogService dialogs, I18n i18n) {
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** The passphrase to seal {@code classified} with; empty when the attendant declined or gave none. */
    Optional<String> passphraseFor(List<Meeting> classified) {
        String titles = classified.stream().map(Meeting::title)
                .collect(Collectors.joining(i18n.get("list.separator")));
        if (!dialogs.confirm(i18n.get("privacy.export.title"), i18n.format("privacy.export.confirm", titles))) {
            return Optional.empty();
        }
        Optional<String> passphrase = dialogs.askSecret(i18n.get("privacy.export.title"),
                i18n.get("privacy.export.passphrase"));
        return passphrase.isEmpty() || passphrase.get().isBlank() ? Optional.empty() : passphrase;
    }
}
