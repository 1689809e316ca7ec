package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.huiwu.AppContext;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.incidents.Attachment;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.seating.SeatAssignments;
import org.huiwu.model.seating.SeatPlan;
import org.huiwu.model.staff.Staffing;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.StaffingDao;
import org.junit.jupiter.api.Test;

/**
 * A meeting deleted during a venue-server outage while another laptop changed its seat plan, staffing, complaints
 * or attached files (decision 0046), on real H2 with a simulated cut ({@link H2Outage}), over the sample meeting
 * (which has all of them). Before 0046 the deletion compared only the details, attendees, incidents and marks, so
 * each of these went through and deleted the other laptop's fresh work; now each is refused and counted, a part
 * this laptop never read is refused when the server holds some it did not make, and a meeting nobody changed is still
 * deleted.
 */
class MeetingRemovalPartsOutageTest extends OutageCase {

    @Test
    void aMeetingNobodyChangedIsDeleted() {
        assertThat(deletedWhile(true, store -> { })).isTrue();
    }

    @Test
    void aSeatMoveElsewhereRefusesTheDeletion() {
        assertThat(deletedWhile(true, store -> {
            SeatPlanDao plans = store.dao(SeatPlanDao.class);
            SeatPlan plan = plans.findByMeeting(sample()).orElseThrow();
            Map<String, UUID> moved = new HashMap<>(plans.assignments(plan.id()).occupantBySeat());
            String seat = moved.keySet().iterator().next();
            moved.put(seat + "x", moved.remove(seat));
            plans.saveAssignments(plan.id(), SeatAssignments.of(moved, java.util.Set.of()));
        })).isFalse();
    }

    @Test
    void aStaffingChangeElsewhereRefusesTheDeletion() {
        assertThat(deletedWhile(true, store -> {
            Staffing line = store.dao(StaffingDao.class).ofMeeting(sample()).get(0);
            store.dao(StaffingDao.class).update(new Staffing(line.id(), line.meetingId(), line.staffId(),
                    line.staffName(), line.postZh(), line.postEn(), "另一台电脑改的区域", line.assignedBy()));
        })).isFalse();
    }

    @Test
    void aComplaintHandledElsewhereRefusesTheDeletion() {
        assertThat(deletedWhile(true, store -> {
            ComplaintDao complaints = store.dao(ComplaintDao.class);
            Complaint complaint = complaints.ofMeeting(sample()).get(0);
            complaints.updateRow(complaint.atVersion(complaint.version() + 1));
        })).isFalse();
    }

    @Test
    void aFileAttachedElsewhereRefusesTheDeletion() {
        assertThat(deletedWhile(true, store -> {
            Incident incident = store.dao(IncidentDao.class).listByMeeting(sample()).get(0);
            store.dao(AttachmentDao.class).insert(new Attachment(UUID.randomUUID(), incident.id(), "现场照片.jpg",
                    "attachments/photo.jpg", 12, "image/jpeg", "ab12", Instant.parse("2026-11-27T02:10:00Z"), "王磊"));
        })).isFalse();
    }

    @Test
    void aSeatPlanThisLaptopNeverReadRefusesTheDeletion() {
        assertThat(deletedWhile(false, store -> { })).as("never read: counts as seen empty, the server has one")
                .isFalse();
    }

    @Test
    void aPersonThisLaptopStaffedOnStaffingItNeverReadCountsAsSeen() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            org.huiwu.model.Meeting meeting = catalog.duplicate(context.sampleMeeting().ensure());
            catalog.list();
            var person = context.staff().roster().save(context.staff().roster().draft("孙立"));

            outage.cut();
            outage.dao(StaffingDao.class).insert(new Staffing(UUID.randomUUID(), meeting.id(), person.id(), "孙立",
                    "茶水组", "Tea", "", "吕佳"), java.time.OffsetDateTime.now(clock));
            assertThat(catalog.delete(meeting.id())).isTrue();
            outage.restore();
            assertThat(outage.send()).isEqualTo(2);
            assertThat(store.dao(MeetingDao.class).find(meeting.id())).as("its own line sent first, then deleted")
                    .isEmpty();
            assertThat(outage.keptElsewhere()).isZero();
        }
    }

    private UUID sample() {
        return org.huiwu.logic.sample.SampleMeeting.ID;
    }

    /**
     * Reads the sample meeting's screens through the laptop (its seat plan only when {@code seatingRead}), cuts,
     * deletes it, lets another laptop {@code change} it on the server, restores and sends: whether it was deleted.
     * A refusal is counted once.
     */
    private boolean deletedWhile(boolean seatingRead, Consumer<Database> change) {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(outage.dao(MeetingDao.class), clock, UUID::randomUUID);
            catalog.list();
            outage.dao(AttendeeDao.class).listByMeeting(meeting);
            outage.dao(MeetingChecklistDao.class).marks(meeting);
            for (Incident incident : outage.dao(IncidentDao.class).listByMeeting(meeting)) {
                outage.dao(AttachmentDao.class).ofIncident(incident.id());
            }
            outage.dao(StaffingDao.class).ofMeeting(meeting);
            outage.dao(ComplaintDao.class).ofMeeting(meeting);
            if (seatingRead) {
                SeatPlanDao plans = outage.dao(SeatPlanDao.class);
                plans.assignments(plans.findByMeeting(meeting).orElseThrow().id());
            }

            outage.cut();
            assertThat(catalog.delete(meeting)).isTrue();
            change.accept(store);
            outage.restore();
            assertThat(outage.send()).isEqualTo(1);
            boolean deleted = store.dao(MeetingDao.class).find(meeting).isEmpty();
            assertThat(outage.keptElsewhere()).as("a refusal counted once").isEqualTo(deleted ? 0 : 1);
            return deleted;
        }
    }
}
