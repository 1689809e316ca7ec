package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.logic.feedback.ComplaintLog;
import org.huiwu.logic.feedback.SurveyBook;
import org.huiwu.logic.feedback.SurveyEntry;
import org.huiwu.logic.incidents.Checklist;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.feedback.Complaint;
import org.huiwu.model.feedback.ComplaintChannel;
import org.huiwu.model.feedback.ComplaintDetails;
import org.huiwu.model.feedback.ComplaintStatus;
import org.huiwu.model.feedback.RatingScale;
import org.huiwu.model.incidents.ContactRole;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DocumentCopyDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.ProcedureDao;
import org.huiwu.persistence.SurveyDao;
import org.huiwu.persistence.VenueContactDao;
import org.junit.jupiter.api.Test;

/**
 * The service desk's records made during a venue-server outage (decision 0038), on real H2 with a simulated cut
 * ({@link H2Outage}): a procedure step tick (with the status change it makes), a contact notified, a new complaint
 * and its next status,
 * and a survey form are stored as made (no storage error), show at once, and reach the server once when it is back.
 */
class DeskOutageTest extends OutageCase {

    @Test
    void ticksComplaintsAndSurveysDuringACutShowAtOnceAndArriveOnce() {
        try (AppContext context = AppContext.open(dataDir, clock);
                Database store = Database.open(dataDir);
                H2Outage outage = new H2Outage(store, laptop)) {
            UUID meeting = context.sampleMeeting().ensure();
            IncidentDesk desk = IncidentDesk.create(new IncidentDesk.Storage(outage.dao(IncidentDao.class),
                    outage.dao(ProcedureDao.class), outage.dao(ChecklistDao.class), store.dao(VenueContactDao.class),
                    store.dao(AttachmentDao.class), store.dao(LeftItemDao.class), store.dao(DocumentCopyDao.class)),
                    context.roster(), dataDir, clock, UUID::randomUUID);
            ComplaintLog complaints = new ComplaintLog(outage.dao(ComplaintDao.class), clock, UUID::randomUUID);
            SurveyBook surveys = new SurveyBook(outage.dao(SurveyDao.class), clock, UUID::randomUUID);
            Incident open = desk.log().timeline(meeting, IncidentFilter.all()).stream()
                    .filter(i -> i.status() == IncidentStatus.OPEN && !i.voided()).findFirst().orElseThrow();
            Checklist before = desk.checklists().of(open.id());
            int notifiedBefore = before.notifications().size();
            int step = before.lines().stream().filter(l -> !l.done()).findFirst().orElseThrow().step().number();
            int complaintsBefore = complaints.ofMeeting(meeting).size();
            int formsBefore = surveys.forms(meeting).size();
            var template = surveys.templateOf(meeting);
            int ticksBefore = store.dao(ChecklistDao.class).ticks(open.id()).size();

            outage.cut();
            desk.checklists().tick(open.id(), step, "吕佳");
            clock.advance(Duration.ofSeconds(30));
            var contact = desk.contacts().list().stream().findFirst()
                    .orElseGet(() -> desk.contacts().blank(ContactRole.values()[0]));
            desk.checklists().notifyContact(open.id(), contact, "吕佳");
            clock.advance(Duration.ofSeconds(30));
            Complaint made = complaints.record(meeting, new ComplaintDetails(clock.instant(), ComplaintChannel.PHONE,
                    "市财政局", "陈处长", "0513-85001234", "会场环境", "空调太冷", "", "", "", ""), "张敏");
            clock.advance(Duration.ofSeconds(30));
            complaints.setStatus(made.id(), ComplaintStatus.HANDLING, null, "张敏");
            clock.advance(Duration.ofSeconds(30));
            surveys.add(meeting, new SurveyEntry("市发改委", "", Map.of(template.activeItems().get(0).id(),
                    template.levels(RatingScale.ITEM).get(0).level()), null,
                    "茶水及时"), "张敏");

            Checklist shown = desk.checklists().of(open.id());
            assertThat(shown.lines()).as("the tick shows at once").filteredOn(l -> l.step().number() == step)
                    .allMatch(Checklist.Line::done);
            assertThat(shown.incident().status()).as("with the status it made").isEqualTo(IncidentStatus.HANDLING);
            assertThat(shown.notifications()).as("the contact notified, at once").hasSize(notifiedBefore + 1);
            assertThat(complaints.ofMeeting(meeting)).hasSize(complaintsBefore + 1)
                    .filteredOn(c -> c.id().equals(made.id())).extracting(Complaint::status)
                    .containsExactly(ComplaintStatus.HANDLING);
            assertThat(surveys.forms(meeting)).hasSize(formsBefore + 1);
            assertThat(outage.outbox().size()).as("tick, its status change, notification, complaint, its status, form")
                    .isEqualTo(6);
            outage.restore();

            assertThat(outage.send()).isEqualTo(6);
            assertThat(store.dao(ChecklistDao.class).notifications(open.id())).hasSize(notifiedBefore + 1);
            assertThat(store.dao(ChecklistDao.class).ticks(open.id())).hasSize(ticksBefore + 1);
            assertThat(store.dao(IncidentDao.class).find(open.id()).orElseThrow().status())
                    .isEqualTo(IncidentStatus.HANDLING);
            assertThat(store.dao(ComplaintDao.class).find(made.id()).orElseThrow().status())
                    .isEqualTo(ComplaintStatus.HANDLING);
            assertThat(store.dao(ComplaintDao.class).history(made.id())).hasSize(2);
            assertThat(store.dao(SurveyDao.class).forms(meeting)).hasSize(formsBefore + 1);
            assertThat(outage.send()).as("nothing is sent twice").isZero();
            assertThat(store.dao(ChecklistDao.class).ticks(open.id())).hasSize(ticksBefore + 1);
            assertThat(store.dao(ChecklistDao.class).notifications(open.id())).hasSize(notifiedBefore + 1);
            assertThat(outage.keptElsewhere()).isZero();
        }
    }
}
