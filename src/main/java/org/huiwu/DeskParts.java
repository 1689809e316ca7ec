package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.DocumentCopyDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.ProcedureDao;
import org.huiwu.persistence.SurveyDao;
import org.huiwu.persistence.VenueContactDao;

/**
 * The service-desk part of the composition root: the incident desk, the service checklists and the feedback
 * desk (surveys and complaints), wired to one database and data folder. Built once by {@link AppContext};
 * immutable; the parts are thread-safe and called off the FX thread.
 */
record DeskParts(IncidentDesk incidents, ServiceChecklists checklists, FeedbackDesk feedback) {

    /**
     * The parts; with {@code offline} (a venue server) incident, procedure tick, checklist, complaint and survey
     * writes queue while it is away (decisions 0031, 0038).
     */
    static DeskParts create(Database database, org.huiwu.persistence.OfflineDaos offline, AttendeeRoster roster,
            Path dataDir, Clock clock, FileCipher cipher) {
        IncidentDesk incidents = IncidentDesk.create(new IncidentDesk.Storage(
                org.huiwu.persistence.OfflineDaos.dao(offline, database, IncidentDao.class),
                org.huiwu.persistence.OfflineDaos.dao(offline, database, ProcedureDao.class),
                org.huiwu.persistence.OfflineDaos.dao(offline, database, ChecklistDao.class),
                database.dao(VenueContactDao.class),
                org.huiwu.persistence.OfflineDaos.dao(offline, database, AttachmentDao.class),
                org.huiwu.persistence.OfflineDaos.dao(offline, database, LeftItemDao.class), database.dao(DocumentCopyDao.class)),
                roster, dataDir, clock, UUID::randomUUID, cipher);
        ServiceChecklists checklists = new ServiceChecklists(
                org.huiwu.persistence.OfflineDaos.dao(offline, database, MeetingChecklistDao.class),
                new ChecklistTemplate(org.huiwu.persistence.OfflineDaos.dao(offline, database,
                        ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                UUID::randomUUID, () -> offline != null && offline.holding());
        FeedbackDesk feedback = FeedbackDesk.create(org.huiwu.persistence.OfflineDaos.dao(offline, database,
                SurveyDao.class), org.huiwu.persistence.OfflineDaos.dao(offline, database, ComplaintDao.class), clock,
                UUID::randomUUID);
        return new DeskParts(incidents, checklists, feedback);
    }
}
