package org.huiwu.logic.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey trend over meetings and the venue's complaint handling time on real H2: the sample meeting
 * is one point with its rate; with no time set nothing is overdue; once set, an open complaint past it
 * is, a closed one never; out-of-range times are refused and the time can be unset again.
 */
class TrendAndHandlingTimeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    @Test
    void theTrendHasOnePointPerSurveyedMeetingWithItsRate() {
        try (AppContext context = AppContext.open(dataDir, CLOCK)) {
            assertThat(context.surveyTrend().lastYear()).isEmpty();
            context.sampleMeeting().ensure();
            var points = context.surveyTrend().lastYear();
            assertThat(points).singleElement().satisfies(p -> {
                assertThat(p.meetingId()).isEqualTo(SampleMeeting.ID);
                assertThat(p.forms()).isEqualTo(2);
                assertThat(p.rate()).hasValue(1.0);
            });
        }
    }

    @Test
    void nothingIsOverdueUntilTheVenueSetsATime() {
        try (AppContext context = AppContext.open(dataDir, CLOCK)) {
            context.sampleMeeting().ensure();
            HandlingTime time = context.handlingTime();
            Complaint open = context.feedback().complaints().record(SampleMeeting.ID, new ComplaintDetails(
                    CLOCK.instant().minus(Duration.ofHours(30)), ComplaintChannel.ON_THE_SPOT, "市财政局", "", "", "",
                    "话筒有杂音", "", "", "", ""), "吕佳");
            Complaint closed = context.feedback().complaints().ofMeeting(SampleMeeting.ID).stream()
                    .filter(c -> !c.status().isOpen()).findFirst().orElseThrow();
            assertThat(time.get()).isEmpty();
            assertThat(HandlingTime.overdue(open, time.get(), CLOCK.instant())).isFalse();

            time.set(24);
            assertThat(time.get()).contains(Duration.ofHours(24));
            assertThat(HandlingTime.overdue(open, time.get(), CLOCK.instant())).isTrue();
            assertThat(HandlingTime.overdue(open, time.get(), CLOCK.instant().minus(Duration.ofHours(7)))).isFalse();
            assertThat(HandlingTime.overdue(closed, Optional.of(Duration.ofMinutes(1)), CLOCK.instant())).isFalse();

            assertThatThrownBy(() -> time.set(0)).isInstanceOfSatisfying(FeedbackRejectedException.class,
                    e -> assertThat(e.problem()).isEqualTo(FeedbackProblem.HANDLING_TIME));
            time.set(null);
            assertThat(time.get()).isEmpty();
        }
    }
}
