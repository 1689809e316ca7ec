package org.huiwu.cli;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.model.privacy.ClassifiedOverride;
import org.huiwu.model.privacy.ConfidentialExport;
import picocli.CommandLine.Command;

/**
 * {@code audit}: prints the folder's audit records of 涉密 work, one per line, tab-separated, oldest first within
 * each kind: the supervisors' overrides that let the folder hold 涉密 meetings unencrypted
 * ({@code classified-override}, when, who, reason) and the exports of 涉密 meetings ({@code classified-export},
 * when, who, meeting id, meeting title, format, where to). Tabs and line breaks inside a value print as spaces.
 */
@Command(name = "audit", mixinStandardHelpOptions = true)
final class AuditCommand extends ListingCommand {

    @Override
    void list(AppContext context, Lines out) {
        for (ClassifiedOverride o : context.classifiedFolder().overrides()) {
            out.print("classified-override", o.decidedAt().toString(), o.decidedBy(), o.reason());
        }
        for (ConfidentialExport e : context.confidentialExports(new I18n(java.util.Locale.getDefault())).log()) {
            out.print("classified-export", e.exportedAt().toString(), e.exportedBy(), e.meetingId().toString(),
                    e.meetingTitle(), e.format(), e.destination());
        }
    }

    @Override
    boolean evenUnsettled() {
        return true;
    }
}
