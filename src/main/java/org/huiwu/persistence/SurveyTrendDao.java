package org.huiwu.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Finds the meetings that have survey forms, for the trend over meetings. Thread-safe when attached on demand. */
public interface SurveyTrendDao {

    /** A meeting with at least one survey form. */
    record SurveyedMeeting(UUID id, String title, LocalDate meetingDate) {
    }

    @SqlQuery("""
            SELECT m.id, m.title, m.meeting_date FROM meeting m
            WHERE m.meeting_date BETWEEN :from AND :to
            AND EXISTS (SELECT 1 FROM survey_form f WHERE f.meeting_id = m.id)
            ORDER BY m.meeting_date, m.title, m.id
            """)
    @RegisterConstructorMapper(SurveyedMeeting.class)
    List<SurveyedMeeting> surveyedBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);
}
