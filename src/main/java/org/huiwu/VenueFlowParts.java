package org.huiwu;

import java.time.Clock;
import java.util.UUID;

import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.flow.StageLists;
import org.huiwu.logic.flow.WorkOrders;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingFlowDao;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.StageListDao;
import org.huiwu.persistence.VenueRoomDao;

/**
 * The venue-flow part of the composition root: the venue's rooms and their bookings, and the flow of meetings
 * (stages, work orders, stage checklists) over one set of work orders. The flow's reads go through the offline DAOs,
 * so the meeting list's stages and a new meeting's flow show during an outage. Built once by {@link AppServices};
 * immutable; the parts are thread-safe and called off the FX thread.
 */
record VenueFlowParts(RoomBook roomBook, MeetingFlows meetingFlows) {

    /** @param offline the venue server's DAOs that answer through an outage; null on the laptop's own H2 file */
    static VenueFlowParts create(Database database, OfflineDaos offline, MeetingCatalog meetings,
            ServiceChecklists checklists, Clock clock) {
        MeetingFlowDao flowDao = OfflineDaos.dao(offline, database, MeetingFlowDao.class);
        WorkOrders workOrders = new WorkOrders(flowDao, meetings, clock);
        return new VenueFlowParts(
                new RoomBook(database.dao(VenueRoomDao.class), meetings, workOrders, clock, UUID::randomUUID),
                new MeetingFlows(flowDao, meetings, workOrders,
                        new StageLists(OfflineDaos.dao(offline, database, StageListDao.class), clock, UUID::randomUUID), checklists, clock,
                        UUID::randomUUID));
    }
}
