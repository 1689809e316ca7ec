package org.huiwu.logic.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;

import org.huiwu.model.feedback.SurveySummary;
import org.huiwu.persistence.SurveyTrendDao;

/**
 * The satisfaction rate meeting by meeting over the last year (annex U): one point per meeting with survey
 * forms, oldest first, each with its own summary's rate (see {@link SurveySummary}). Stateless apart from
 * its collaborators; call from a background thread.
 */
public final class SurveyTrend {

    /** One meeting's point: its forms and its rate (empty when no form gave an overall rating). */
    public record Point(UUID meetingId, String title, LocalDate date, int forms, OptionalDouble rate) {
    }

    private final SurveyTrendDao meetings;
    private final SurveyBook surveys;
    private final Clock clock;

    public SurveyTrend(SurveyTrendDao meetings, SurveyBook surveys, Clock clock) {
        this.meetings = meetings;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The points of the meetings held in the year up to today. */
    public List<Point> lastYear() {
        return yearUpTo(LocalDate.now(clock));
    }

    /** The points of the meetings held in the year up to the day, that day included. */
    public List<Point> yearUpTo(LocalDate day) {
        return meetings.surveyedBetween(day.minusYears(1), day).stream().map(m -> {
            SurveySummary summary = surveys.summary(m.id());
            return new Point(m.id(), m.title(), m.meetingDate(), summary.forms(), summary.satisfactionRate());
        }).toList();
    }
}
