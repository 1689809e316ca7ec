package org.huiwu;

import java.time.Clock;
import java.util.function.BooleanSupplier;

import org.huiwu.logic.feedback.HandlingTime;
import org.huiwu.logic.feedback.SurveyBook;
import org.huiwu.logic.feedback.SurveyTrend;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentTrendDao;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.SettingDao;
import org.huiwu.persistence.SurveyTrendDao;

/**
 * The trends part of the composition root: the satisfaction rate and the incidents meeting by meeting, and the
 * venue's time for handling complaints. The feedback tab's trend reads again on a language switch, so it and the
 * handling time read through the offline DAOs and answer during an outage too. Built once by {@link AppServices};
 * immutable; the parts are thread-safe and called off the FX thread.
 */
record TrendParts(SurveyTrend surveys, IncidentTrend incidents, HandlingTime handlingTime) {

    /**
     * @param offline the venue server's DAOs that answer through an outage; null on the laptop's own H2 file
     * @param holding whether writes queue now (a handling time saved then is sent later, decision 0046)
     */
    static TrendParts create(Database database, OfflineDaos offline, SurveyBook surveyBook, Clock clock,
            BooleanSupplier holding) {
        return new TrendParts(
                new SurveyTrend(OfflineDaos.dao(offline, database, SurveyTrendDao.class), surveyBook, clock),
                new IncidentTrend(database.dao(IncidentTrendDao.class), clock),
                new HandlingTime(OfflineDaos.dao(offline, database, SettingDao.class), holding));
    }
}
