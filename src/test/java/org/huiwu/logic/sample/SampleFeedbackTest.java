package org.huiwu.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.huiwu.AppContext;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's two answered survey forms and its one closed complaint, created once. */
class SampleFeedbackTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    @Test
    void theSampleHasTwoAnsweredFormsAndOneClosedComplaintEvenWhenAskedTwice() {
        try (AppContext context = AppContext.open(dataDir, CLOCK)) {
            context.sampleMeeting().ensure();
            context.sampleMeeting().ensure();

            var forms = context.feedback().surveys().forms(SampleMeeting.ID);
            assertThat(forms).hasSize(2).allSatisfy(form -> {
                assertThat(form.answers()).hasSize(5);
                assertThat(form.overallLevel()).isNotNull();
            });
            assertThat(context.feedback().surveys().summary(SampleMeeting.ID).satisfactionRate()).hasValue(1.0);
            assertThat(context.feedback().complaints().ofMeeting(SampleMeeting.ID)).singleElement().satisfies(c -> {
                assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
                assertThat(c.result()).isNotBlank();
                assertThat(c.complainantResponse()).isNotBlank();
                assertThat(c.closedAt()).isEqualTo(CLOCK.instant());
            });
            Complaint complaint = context.feedback().complaints().ofMeeting(SampleMeeting.ID).get(0);
            assertThat(context.feedback().complaints().history(complaint.id())).hasSize(3);
        }
    }
}
