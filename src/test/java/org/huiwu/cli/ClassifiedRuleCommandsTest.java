package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands keep the 涉密 folder rule as the window does (decision 0034): on a folder that holds a 涉密
 * meeting but is neither encrypted nor overridden they do nothing and say why, except the commands that settle
 * it or keep it safe; a merge that brings such a meeting says so and ends with its own exit code.
 */
@ExtendWith(EnglishLocale.class)
class ClassifiedRuleCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void anUnsettledFolderIsRefusedUntilASupervisorOverridesIt() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("sample", "--data-dir", data.toString())).as(err.toString()).isZero();
        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            classify(context);
        }

        assertThat(run("meetings", "--data-dir", data.toString())).isNotZero();
        assertThat(err.toString()).contains("neither encrypted nor covered by an override").contains("huiwu encrypt");
        assertThat(out.toString()).isEmpty();
        Path sheets = dir.resolve("out");
        assertThat(run("export", "--data-dir", data.toString(), "--meeting", SampleMeeting.ID.toString(),
                "--format", "xlsx", "--out", sheets.toString())).isNotZero();
        assertThat(Files.exists(sheets) ? Files.list(sheets).toList() : List.of()).isEmpty();
        assertThat(run("audit", "--data-dir", data.toString())).as(err.toString()).isZero();

        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            context.classifiedFolder().override("王主任", "会场内网，无外联");
        }
        assertThat(run("meetings", "--data-dir", data.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).isNotEmpty();
    }

    @Test
    void aMergeThatBringsAClassifiedMeetingIntoAPlainFolderSaysSo() throws Exception {
        Path laptop = dir.resolve("laptop");
        assertThat(run("sample", "--data-dir", laptop.toString())).as(err.toString()).isZero();
        Path bundle;
        try (AppContext context = AppContext.open(laptop, Clock.systemUTC())) {
            classify(context);
            bundle = context.exports(new org.huiwu.i18n.I18n(java.util.Locale.ENGLISH), "吕佳")
                    .export(List.of(SampleMeeting.ID), org.huiwu.logic.export.ExportFormat.BUNDLE,
                            dir.resolve("bundles"), org.huiwu.logic.export.ExportMonitor.none()).get(0);
        }

        Path receiving = dir.resolve("receiving");
        assertThat(run("merge", "--data-dir", receiving.toString(), bundle.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("were merged").contains("huiwu encrypt");
        assertThat(run("meetings", "--data-dir", receiving.toString())).isNotZero();
    }

    /** Makes the sample meeting 涉密, its staff without a pledge taken off first (decision 0028). */
    private static void classify(AppContext context) {
        context.staff().staffing().of(SampleMeeting.ID).forEach(line -> context.staff().staffing().remove(line.id()));
        Meeting m = context.meetings().find(SampleMeeting.ID).orElseThrow();
        context.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
    }
}
