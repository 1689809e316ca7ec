package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.Fixtures;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.model.Meeting;
import org.huiwu.logic.feedback.SurveyEntry;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trends across meetings on real H2 with several meetings: incidents counted per meeting and severity
 * (voided ones left out, a meeting without incidents at zero, meetings outside the year left out), the
 * satisfaction rate per surveyed meeting, both oldest first, and the year ending on the day asked, so a
 * report made later shows the same points.
 */
class MeetingTrendsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    @Test
    void incidentsBySeverityAndSatisfactionMeetingByMeeting() {
        try (AppContext context = AppContext.open(dataDir, CLOCK)) {
            UUID old = meeting(context, "去年的会议", LocalDate.of(2025, 10, 1));
            UUID march = meeting(context, "三月常务会议", LocalDate.of(2026, 3, 10));
            UUID quiet = meeting(context, "六月专题会议", LocalDate.of(2026, 6, 2));
            UUID november = meeting(context, "十一月全体会议", LocalDate.of(2026, 11, 20));
            incident(context, old, Severity.SEVERE);
            incident(context, march, Severity.GENERAL);
            incident(context, march, Severity.GENERAL);
            incident(context, march, Severity.MAJOR);
            incident(context, november, Severity.SEVERE);
            UUID voided = incident(context, november, Severity.GENERAL);
            context.incidents().log().voidEntry(voided, "录错会议", "吕佳");
            survey(context, march, 1);
            survey(context, march, 4);
            survey(context, november, 2);

            MeetingTrends.Trends trends = new MeetingTrends(context.surveyTrend(), context.incidentTrend())
                    .upTo(LocalDate.of(2026, 12, 7));

            assertThat(trends.incidents()).extracting(IncidentTrend.Point::meetingId)
                    .containsExactly(march, quiet, november);
            assertThat(trends.incidents().get(0).bySeverity()).containsExactly(Map.entry(Severity.GENERAL, 2),
                    Map.entry(Severity.MAJOR, 1), Map.entry(Severity.SEVERE, 0));
            assertThat(trends.incidents().get(1).total()).isZero();
            assertThat(trends.incidents().get(2).bySeverity()).containsExactly(Map.entry(Severity.GENERAL, 0),
                    Map.entry(Severity.MAJOR, 0), Map.entry(Severity.SEVERE, 1));
            assertThat(trends.surveys()).extracting(p -> p.meetingId()).containsExactly(march, november);
            assertThat(trends.surveys().get(0).rate()).hasValue(0.5);
            assertThat(trends.surveys().get(1).rate()).hasValue(1.0);

            MeetingTrends.Trends inApril = new MeetingTrends(context.surveyTrend(), context.incidentTrend())
                    .upTo(LocalDate.of(2026, 4, 1));
            assertThat(inApril.incidents()).extracting(IncidentTrend.Point::meetingId).containsExactly(old, march);
            assertThat(inApril.surveys()).extracting(p -> p.meetingId()).containsExactly(march);
            assertThat(context.incidentTrend().lastYear()).isEqualTo(trends.incidents());
        }
    }

    private static UUID meeting(AppContext context, String title, LocalDate day) {
        Meeting meeting = Fixtures.meeting(title, day);
        return context.meetings().save(meeting).id();
    }

    private static UUID incident(AppContext context, UUID meetingId, Severity severity) {
        var draft = context.incidents().log().begin(meetingId, "吕佳").withType(IncidentType.AUDIO_FAILURE)
                .withSeverity(severity);
        return context.incidents().log().report(draft).id();
    }

    private static void survey(AppContext context, UUID meetingId, int overall) {
        Map<UUID, Integer> ratings = new HashMap<>();
        context.feedback().surveys().templateOf(meetingId).activeItems().forEach(item -> ratings.put(item.id(), 1));
        context.feedback().surveys().add(meetingId, new SurveyEntry("市财政局", "", ratings, overall, ""), "吕佳");
    }
}
