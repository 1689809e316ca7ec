package org.huiwu;

import java.time.Clock;
import java.util.UUID;

import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.provenance.TextChecks;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.GuideTextDao;
import org.huiwu.persistence.TextCheckDao;
import org.huiwu.persistence.TrainingDao;

/**
 * The guides part of the composition root: training records, the checks of texts against the standard and
 * supervisors' corrections of guide texts. Built once by {@link AppContext}; immutable; the parts are
 * thread-safe and called off the FX thread.
 */
record GuideParts(TrainingRecords training, TextChecks textChecks, GuideCorrections corrections) {

    /** @param offline the venue server's DAOs through an outage (training read by a person's page, 0044); or null */
    static GuideParts create(Database database, Clock clock, org.huiwu.persistence.OfflineDaos offline) {
        return new GuideParts(new TrainingRecords(org.huiwu.persistence.OfflineDaos.dao(offline, database,
                TrainingDao.class), clock, UUID::randomUUID),
                new TextChecks(database.dao(TextCheckDao.class), clock, UUID::randomUUID),
                new GuideCorrections(database.dao(GuideTextDao.class), clock));
    }
}
