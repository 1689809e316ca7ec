package org.huiwu.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.FolderEncryption;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule on real data folders: an unencrypted folder that holds a 涉密 meeting needs a decision; a supervisor's
 * override (name and reason required) is logged with who, when and why and settles it, and stays settled when
 * the folder is opened again; an encrypted folder needs none.
 */
class ClassifiedFolderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    @Test
    void anUnencryptedFolderWithAClassifiedMeetingNeedsAnOverrideThatIsLogged() {
        Path data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, CLOCK)) {
            UUID id = context.sampleMeeting().ensure();
            assertThat(context.classifiedFolder().needsDecision()).as("no 涉密 meeting yet").isFalse();
            classify(context, id);
            ClassifiedFolder rule = context.classifiedFolder();
            assertThat(rule.needsDecision()).isTrue();
            assertThat(rule.mayHoldClassified()).isFalse();

            assertThatThrownBy(() -> rule.override("王主任", "  ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> rule.override(" ", "会场内网，无外联")).isInstanceOf(IllegalArgumentException.class);
            assertThat(rule.overrides()).isEmpty();

            rule.override(" 王主任 ", "会场内网，无外联");
        }
        try (AppContext reopened = AppContext.open(data, CLOCK)) {
            ClassifiedFolder rule = reopened.classifiedFolder();
            assertThat(rule.needsDecision()).isFalse();
            assertThat(rule.overrides()).singleElement().satisfies(o -> {
                assertThat(o.decidedBy()).isEqualTo("王主任");
                assertThat(o.reason()).isEqualTo("会场内网，无外联");
                assertThat(o.decidedAt()).isEqualTo(CLOCK.instant());
            });
        }
    }

    @Test
    void anEncryptedFolderMayHoldClassifiedMeetings() {
        Path data = dir.resolve("data");
        try (AppContext context = AppContext.open(data, CLOCK)) {
            classify(context, context.sampleMeeting().ensure());
        }
        FolderEncryption.encryptAndOpen(data, "口令 1", CLOCK).close();
        try (AppContext encrypted = AppContext.open(data, CLOCK, Duration.ZERO, () -> { }, "口令 1")) {
            assertThat(encrypted.classifiedFolder().classifiedMeetings()).hasSize(1);
            assertThat(encrypted.classifiedFolder().needsDecision()).isFalse();
            assertThat(encrypted.classifiedFolder().overrides()).isEmpty();
        }
    }

    static void classify(AppContext context, UUID id) {
        // staff without a valid pledge may not serve a 涉密 meeting (decision 0028); this test is about the folder
        context.staff().staffing().of(id).forEach(line -> context.staff().staffing().remove(line.id()));
        Meeting m = context.meetings().find(id).orElseThrow();
        context.meetings().save(new Meeting(m.id(), m.title(), m.category(), m.date(), m.startTime(),
                m.plannedEndTime(), m.venue(), m.hostOrganisation(), m.organisingOrganisation(),
                Confidentiality.CLASSIFIED, m.foreignAffairs(), m.expectedAttendees(), m.contactPerson(),
                m.contactPhone(), m.notes(), m.agenda()));
    }
}
