package org.huiwu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;

import org.huiwu.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit} prints the supervisors' overrides of encryption with who, when and why, one per line. */
@ExtendWith(EnglishLocale.class)
class AuditCommandTest {

    @TempDir
    Path data;

    @Test
    void theOverridesArePrintedWithWhoWhenAndWhy() {
        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            context.classifiedFolder().override("王主任", "会场内网\t无外联");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HuiwuCommand.run(new PrintWriter(out), new PrintWriter(err), "audit", "--data-dir", data.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(line -> {
            String[] fields = line.split("\t");
            assertThat(fields).hasSize(4);
            assertThat(fields[0]).isEqualTo("classified-override");
            assertThat(fields[2]).isEqualTo("王主任");
            assertThat(fields[3]).isEqualTo("会场内网 无外联");
        });
    }
}
