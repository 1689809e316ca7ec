package org.huiwu.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Counts each meeting's incidents by severity, voided ones left out, for the trend over meetings. A meeting
 * without incidents gives one row with no severity. Thread-safe when attached on demand.
 */
public interface IncidentTrendDao {

    /** One meeting's count of one severity; {@code severity} is null (and the count 0) for a meeting without any. */
    record SeverityCount(UUID id, String title, LocalDate meetingDate, String severity, int incidents) {
    }

    @SqlQuery("""
            SELECT m.id, m.title, m.meeting_date, i.severity, COUNT(i.id) AS incidents
            FROM meeting m LEFT JOIN incident i ON i.meeting_id = m.id AND i.voided = FALSE
            WHERE m.meeting_date BETWEEN :from AND :to
            GROUP BY m.id, m.title, m.meeting_date, i.severity
            ORDER BY m.meeting_date, m.title, m.id, i.severity
            """)
    @RegisterConstructorMapper(SeverityCount.class)
    List<SeverityCount> countedBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);
}
