package org.huiwu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.huiwu.i18n.I18n;
import org.huiwu.model.privacy.ClassifiedOverride;
import org.huiwu.model.privacy.ConfidentialExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: prints the folder's audit records of 涉密 work, one per line, tab-separated, oldest first within
 * each kind: the supervisors' overrides that let the folder hold 涉密 meetings unencrypted
 * ({@code classified-override}, when, who, reason) and the exports of 涉密 meetings ({@code classified-export},
 * when, who, meeting id, meeting title, format, where to). Tabs and line breaks inside a value print as spaces.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Prints the audit records of 涉密 work, tab-separated: supervisors' overrides of encryption"
                + " (classified-override, when, who, reason) and 涉密 exports (classified-export, when, who, meeting"
                + " id, title, format, where to).")
final class AuditCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption data;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        return data.useEvenUnsettled(context -> {
            for (ClassifiedOverride o : context.classifiedFolder().overrides()) {
                out.println(line("classified-override", o.decidedAt().toString(), o.decidedBy(), o.reason()));
            }
            for (ConfidentialExport e : context.confidentialExports(new I18n(java.util.Locale.getDefault())).log()) {
                out.println(line("classified-export", e.exportedAt().toString(), e.exportedBy(),
                        e.meetingId().toString(), e.meetingTitle(), e.format(), e.destination()));
            }
            return 0;
        });
    }

    private static String line(String... values) {
        StringBuilder line = new StringBuilder();
        for (String value : values) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(value.replaceAll("[\\t\\r\\n]", " "));
        }
        return line.toString();
    }
}
