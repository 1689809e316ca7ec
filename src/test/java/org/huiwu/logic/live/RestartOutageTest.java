package org.huiwu.logic.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.Meeting;
import org.huiwu.model.StorageUnavailableException;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.ServiceEventDao;
import org.junit.jupiter.api.Test;

/**
 * Remembered reads survive a restart (decision 0047), on real H2 with a simulated cut ({@link H2Outage}): what a laptop
 * read of a server as a login is kept in its folder, and new offline DAOs over the same folder (a restart) answer the
 * same reads while still cut — the meeting list, a meeting's attendees and tea log, and the checklist template's grant
 * (a login that may not change it still may not). Another server's or login's reads are never shown; a row that no
 * longer reads back is skipped; a 涉密 meeting's reads stay in memory. Before 0047 the reads lived in memory only and
 * every read after the restart failed as unreachable.
 */
class RestartOutageTest extends OutageCase {

    private static final String ORIGIN = "huiwu_attendant@jdbc:postgresql://hall-server:5432/huiwu";

    @Test
    void readsBeforeARestartAnswerAfterItWhileStillCut() throws Exception {
        try (AppContext context = AppContext.open(dataDir, clock); Database store = Database.open(dataDir)) {
            UUID sample = context.sampleMeeting().ensure();
            List<Meeting> meetings;
            List<Attendee> attendees;
            int teaLog;
            try (H2Outage outage = new H2Outage(store, laptop, ORIGIN)) {
                meetings = outage.dao(MeetingDao.class).list();
                attendees = outage.dao(AttendeeDao.class).listByMeeting(sample);
                teaLog = outage.dao(ServiceEventDao.class).events(sample).size();
                assertThat(attendee(outage, store).mayChange()).isFalse();
            }
            assertThat(attendees).isNotEmpty();

            try (H2Outage restarted = new H2Outage(store, laptop, ORIGIN)) {
                restarted.cut();
                assertThat(restarted.dao(MeetingDao.class).list()).isEqualTo(meetings);
                assertThat(restarted.dao(MeetingDao.class).find(sample)).contains(meetings.stream()
                        .filter(m -> m.id().equals(sample)).findFirst().orElseThrow());
                assertThat(restarted.dao(AttendeeDao.class).listByMeeting(sample)).isEqualTo(attendees);
                assertThat(restarted.dao(ServiceEventDao.class).events(sample)).hasSize(teaLog);
                assertThat(attendee(restarted, store).mayChange()).as("the last connection's grant").isFalse();
            }
            for (String other : List.of("huiwu_supervisor@jdbc:postgresql://hall-server:5432/huiwu",
                    "huiwu_attendant@jdbc:postgresql://other-hall:5432/huiwu")) {
                try (H2Outage elsewhere = new H2Outage(store, laptop, other)) {
                    elsewhere.cut();
                    assertThatThrownBy(() -> elsewhere.dao(MeetingDao.class).list()).as(other)
                            .isInstanceOf(StorageUnavailableException.class);
                }
            }
        }
    }

    @Test
    void aRowThatNoLongerReadsBackIsSkippedAndTheRestAnswers() throws Exception {
        try (AppContext context = AppContext.open(dataDir, clock); Database store = Database.open(dataDir)) {
            UUID sample = context.sampleMeeting().ensure();
            List<Meeting> meetings;
            try (H2Outage outage = new H2Outage(store, laptop, ORIGIN)) {
                meetings = outage.dao(MeetingDao.class).list();
                outage.dao(AttendeeDao.class).listByMeeting(sample);
            }
            try (Connection file = DriverManager.getConnection("jdbc:h2:file:" + laptop.resolve("outbox"), "sa", "");
                    Statement sql = file.createStatement()) {
                assertThat(sql.executeUpdate("UPDATE remembered_read SET answer = '[{\"id\": broken' "
                        + "WHERE method = 'listByMeeting'")).isEqualTo(1);
                sql.executeUpdate("INSERT INTO remembered_read SELECT origin, REPEAT('f', 64), 'java.lang.Runtime', "
                        + "'getRuntime', '', '[]', '{}', written + 1 FROM remembered_read WHERE method = 'list'");
            }
            try (H2Outage restarted = new H2Outage(store, laptop, ORIGIN)) {
                restarted.cut();
                assertThat(restarted.dao(MeetingDao.class).list()).isEqualTo(meetings);
                assertThatThrownBy(() -> restarted.dao(AttendeeDao.class).listByMeeting(sample))
                        .as("the corrupt row is not an answer").isInstanceOf(StorageUnavailableException.class);
            }
        }
    }

    @Test
    void aClassifiedMeetingsReadsAreNotWrittenToTheFolder() throws Exception {
        try (AppContext context = AppContext.open(dataDir, clock); Database store = Database.open(dataDir)) {
            UUID sample = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(store.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting copy = catalog.duplicate(sample);
            Meeting secret = catalog.save(new Meeting(copy.id(), "涉密会议", copy.category(), copy.date(),
                    copy.startTime(), copy.plannedEndTime(), copy.venue(), copy.hostOrganisation(),
                    copy.organisingOrganisation(), Confidentiality.CLASSIFIED, false, 0, "", "", "", List.of()));
            try (H2Outage outage = new H2Outage(store, laptop, ORIGIN)) {
                assertThat(outage.dao(MeetingDao.class).list()).extracting(Meeting::id).contains(secret.id());
                assertThat(outage.dao(AttendeeDao.class).listByMeeting(secret.id())).isNotEmpty();
                outage.dao(AttendeeDao.class).listByMeeting(sample);
            }
            try (H2Outage restarted = new H2Outage(store, laptop, ORIGIN)) {
                restarted.cut();
                assertThat(restarted.dao(MeetingDao.class).list()).extracting(Meeting::id)
                        .as("the list without the classified meeting").contains(sample).doesNotContain(secret.id());
                assertThat(restarted.dao(AttendeeDao.class).listByMeeting(sample)).isNotEmpty();
                assertThatThrownBy(() -> restarted.dao(AttendeeDao.class).listByMeeting(secret.id()))
                        .isInstanceOf(StorageUnavailableException.class);
            }
            String file = new String(java.nio.file.Files.readAllBytes(laptop.resolve("outbox.mv.db")),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(file).as("nothing of it on disk").doesNotContain(secret.id().toString());
            assertThat(org.huiwu.persistence.PrivateFiles.isPrivate(laptop.resolve("outbox.mv.db"))).isTrue();
        }
    }

    @Test
    void aMeetingMadeClassifiedAfterItsReadsWereKeptHasThemRemoved() throws Exception {
        try (AppContext context = AppContext.open(dataDir, clock); Database store = Database.open(dataDir)) {
            UUID sample = context.sampleMeeting().ensure();
            MeetingCatalog catalog = new MeetingCatalog(store.dao(MeetingDao.class), clock, UUID::randomUUID);
            Meeting copy = catalog.duplicate(sample);
            try (H2Outage outage = new H2Outage(store, laptop, ORIGIN)) {
                outage.dao(MeetingDao.class).list();
                assertThat(outage.dao(AttendeeDao.class).listByMeeting(copy.id())).isNotEmpty();
            }
            catalog.save(new Meeting(copy.id(), copy.title(), copy.category(), copy.date(), copy.startTime(),
                    copy.plannedEndTime(), copy.venue(), copy.hostOrganisation(), copy.organisingOrganisation(),
                    Confidentiality.CLASSIFIED, false, 0, "", "", "", List.of()));
            try (H2Outage later = new H2Outage(store, laptop, ORIGIN)) {
                later.offline().reached(); // the server answers on this start: its list is read anew
                assertThat(later.dao(MeetingDao.class).list()).extracting(Meeting::id).contains(copy.id());
            }
            try (H2Outage restarted = new H2Outage(store, laptop, ORIGIN)) {
                restarted.cut();
                assertThat(restarted.dao(MeetingDao.class).list()).extracting(Meeting::id).contains(sample)
                        .doesNotContain(copy.id());
                assertThatThrownBy(() -> restarted.dao(AttendeeDao.class).listByMeeting(copy.id()))
                        .as("its attendees kept before it was made 涉密 are removed")
                        .isInstanceOf(StorageUnavailableException.class);
            }
        }
    }

    /** The template DAO of a login that may not change the template (an attendant's on a venue server). */
    private static ChecklistTemplateDao attendee(H2Outage outage, Database store) {
        ChecklistTemplateDao real = store.dao(ChecklistTemplateDao.class);
        return outage.dao(ChecklistTemplateDao.class, (ChecklistTemplateDao) Proxy.newProxyInstance(
                ChecklistTemplateDao.class.getClassLoader(), new Class<?>[] {ChecklistTemplateDao.class},
                (proxy, method, args) -> method.getName().equals("mayChange") ? Boolean.FALSE
                        : method.invoke(real, args)));
    }
}
