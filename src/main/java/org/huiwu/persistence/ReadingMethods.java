package org.huiwu.persistence;

import java.lang.reflect.Method;
import java.util.Set;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Which DAO methods only read, so {@link OfflineDaos} remembers their answers (decision 0031, amended): every
 * {@code @SqlQuery}, and the few default methods that only read; other default methods write. The grant checks
 * ({@code mayChange}) are reads too, so the supervisor-only rules hold offline from the last connection's answer,
 * also after a restart (decisions 0045, 0047). Stateless.
 */
final class ReadingMethods {

    private static final Set<String> READING_DEFAULTS = Set.of("ProcedureDao.latest",
            "ProcedureDao.history", "ProcedureDao.find", "IncidentDao.history", "SeatPlanDao.findByMeeting",
            "SeatPlanDao.assignments", "SeatPlanDao.printed", "ComplaintDao.history", "SurveyDao.template",
            "SurveyDao.meetingTemplate", "SurveyDao.forms", "MeetingDao.find", "MeetingDao.list", "ServicePlanDao.find",
            "MeetingDao.findVersioned", "AssessmentDao.current", "AssessmentDao.between", "TrainingDao.between",
            "ChecklistTemplateDao.mayChange", "ProcedureDao.mayChange", "StageListDao.mayChange",
            "AssessmentDao.mayChange");

    private ReadingMethods() {
    }

    /** Whether {@code method} of the DAO {@code type} only reads. */
    static boolean reads(Class<?> type, Method method) {
        return method.getAnnotation(SqlQuery.class) != null
                || READING_DEFAULTS.contains(type.getSimpleName() + "." + method.getName());
    }
}
