package org.huiwu.logic.export;

import java.time.LocalDate;
import java.util.List;

import org.huiwu.logic.feedback.SurveyTrend;
import org.huiwu.logic.incidents.IncidentTrend;

/**
 * The trends across meetings the service report shows on its trend page: the satisfaction rate and the
 * incidents by severity, meeting by meeting, over the year up to the reported meeting's day (so a report
 * made again later shows the same points). The screens read the same {@link SurveyTrend} and
 * {@link IncidentTrend}. Stateless apart from its collaborators; call from a background thread.
 */
public final class MeetingTrends {

    /** The points of both trends; empty lists when nothing was recorded. */
    public record Trends(List<SurveyTrend.Point> surveys, List<IncidentTrend.Point> incidents) {
        /** No trend at all (a report made without the local store). */
        public static final Trends NONE = new Trends(List.of(), List.of());

        public Trends {
            surveys = List.copyOf(surveys);
            incidents = List.copyOf(incidents);
        }
    }

    private final SurveyTrend surveys;
    private final IncidentTrend incidents;

    public MeetingTrends(SurveyTrend surveys, IncidentTrend incidents) {
        this.surveys = surveys;
        this.incidents = incidents;
    }

    /** Both trends over the year up to the day. */
    public Trends upTo(LocalDate day) {
        return new Trends(surveys.yearUpTo(day), incidents.yearUpTo(day));
    }
}
