package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.feedback.HandlingTime;
import org.huiwu.logic.feedback.SurveyTrend;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.provenance.TextChecks;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.logic.staff.ClassifiedStaffCheck;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.FileCipher;
import org.huiwu.persistence.LocalOutbox;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.OfflineDaos;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.SettingDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;

/**
 * The logic objects of every feature over one opened store, wired once: what the screens and the commands are
 * handed (meetings, attendees, seating, tea service, incidents, checklists, feedback, staff, the venue's rooms and
 * flows, guides). The tea-service ({@link TeaServiceParts}), service-desk ({@link DeskParts}), guide
 * ({@link GuideParts}), trend ({@link TrendParts}) and venue-flow ({@link VenueFlowParts}) parts are built in
 * classes of their own. {@link AppContext} adds the opening and closing of
 * the data folder around it. Built off the FX thread; the objects it hands out are thread-safe and synchronous.
 */
public abstract class AppServices {

    private final Clock clock;
    private final Database database;
    private final MeetingCatalog meetings;
    private final AttendeeRoster roster;
    private final AttendeeImport attendeeImport;
    private final SeatPlans seatPlans;
    private final SeatingPlanner seatingPlanner;
    private final Preferences preferences;
    private final SampleMeeting sampleMeeting;
    private final DeskParts desks;
    private final TeaServiceParts tea;
    private final GuideParts guides;
    private final StaffDesk staff;
    private final TrendParts trends;
    private final VenueFlowParts flows;
    /** The venue server's DAOs that keep working through an outage (decision 0031); null on the laptop's H2 file. */
    private final OfflineDaos offline;

    /** @param outbox where taps wait while a venue server is unreachable (decision 0031); null on the laptop's H2 file */
    AppServices(Path dataDir, Clock clock, Database database, FileCipher cipher, LocalOutbox outbox) {
        this.clock = clock;
        this.database = database;
        this.offline = outbox == null ? null
                : org.huiwu.persistence.OfflineStart.daos(outbox, database);
        // staff and staffing read through the offline DAOs so the pledge rule answers during an outage (0040)
        this.staff = StaffDesk.create(OfflineDaos.dao(offline, database, StaffDao.class),
                OfflineDaos.dao(offline, database, StaffingDao.class),
                OfflineDaos.dao(offline, database, AssessmentDao.class), clock, UUID::randomUUID);
        this.meetings = new MeetingCatalog(OfflineDaos.dao(offline, database, MeetingDao.class),
                clock, UUID::randomUUID, new ClassifiedStaffCheck(staff.staffing()));
        this.roster = new AttendeeRoster(OfflineDaos.dao(offline, database, AttendeeDao.class),
                clock, () -> this.offline != null && this.offline.holding());
        this.attendeeImport = new AttendeeImport(roster, UUID::randomUUID);
        this.seatPlans = new SeatPlans(OfflineDaos.dao(offline, database, SeatPlanDao.class),
                new SeatLayout(), clock, UUID::randomUUID);
        this.seatingPlanner = new SeatingPlanner();
        // on a venue server this laptop's settings are kept on the laptop, stored during an outage too (0046)
        SettingDao venueSettings = OfflineDaos.dao(offline, database, SettingDao.class);
        java.util.function.BooleanSupplier holding = () -> this.offline != null && this.offline.holding();
        this.preferences = new Preferences(offline == null ? venueSettings
                : new org.huiwu.persistence.LaptopSettings(dataDir, venueSettings), dataDir, holding);
        this.desks = DeskParts.create(database, offline, roster, dataDir, clock, cipher);
        TeaServiceParts teaParts = TeaServiceParts.create(database, offline, seatPlans, roster, clock);
        this.tea = outbox == null ? teaParts : teaParts.queueingTo(outbox, database);
        this.trends = TrendParts.create(database, offline, desks.feedback().surveys(), clock, holding);
        this.flows = VenueFlowParts.create(database, offline, meetings, desks.checklists(), clock);
        this.sampleMeeting = new SampleMeeting(meetings, roster, seatPlans, seatingPlanner, tea.plans(), tea.log(),
                clock, desks.incidents(), desks.checklists(), desks.feedback(), staff, flows.roomBook(), flows.meetingFlows());
        this.guides = GuideParts.create(database, clock, offline);
    }

    /** The DAOs that queue while the venue server is unreachable; null on the laptop's own H2 file. */
    OfflineDaos offline() {
        return offline;
    }

    /** The opened store the services work on (for the folder's own care in {@link AppContext}). */
    Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public MeetingCatalog meetings() {
        return meetings;
    }

    public AttendeeRoster roster() {
        return roster;
    }

    public AttendeeImport attendeeImport() {
        return attendeeImport;
    }

    public SeatPlans seatPlans() {
        return seatPlans;
    }

    public SeatingPlanner seatingPlanner() {
        return seatingPlanner;
    }

    public Preferences preferences() {
        return preferences;
    }

    public ServicePlans servicePlans() {
        return tea.plans();
    }

    public RoundBoard roundBoard() {
        return tea.board();
    }

    public ServiceLog serviceLog() {
        return tea.log();
    }

    public RouteOrder routeOrder() {
        return tea.routeOrder();
    }

    public RoundLabels roundLabels() {
        return tea.labels();
    }

    public SampleMeeting sampleMeeting() {
        return sampleMeeting;
    }

    /**
     * A reader of the store's change feed for the window's live updates (decision 0031); each window makes one and
     * polls it from one background thread.
     */
    public org.huiwu.logic.live.LiveFeed liveFeed() {
        return new org.huiwu.logic.live.LiveFeed(database.dao(org.huiwu.persistence.ChangeFeedDao.class), clock,
                System::nanoTime);
    }

    /** The incident log, procedures, checklists, contacts, attachments, left items and document recovery. */
    public IncidentDesk incidents() {
        return desks.incidents();
    }

    /** The meeting service checklists (会前/会中/会后) and their template. */
    public ServiceChecklists checklists() {
        return desks.checklists();
    }

    /** The venue's rooms and their bookings (annex I). */
    public RoomBook roomBook() {
        return flows.roomBook();
    }

    /** The flow of meetings: stages, work orders, stage checklists, patrol rounds, special meetings. */
    public MeetingFlows meetingFlows() {
        return flows.meetingFlows();
    }

    /** The survey template, the meetings' survey forms and the complaints log. */
    public FeedbackDesk feedback() {
        return desks.feedback();
    }

    /** The service staff: roster, posts, pledges, staffing of meetings and assessments. */
    public StaffDesk staff() {
        return staff;
    }

    /** The satisfaction rate over meetings. */
    public SurveyTrend surveyTrend() {
        return trends.surveys();
    }

    /** The incidents by severity meeting by meeting. */
    public IncidentTrend incidentTrend() {
        return trends.incidents();
    }

    /** The venue's time for handling complaints (unset by default). */
    public HandlingTime handlingTime() {
        return trends.handlingTime();
    }

    public TrainingRecords trainingRecords() {
        return guides.training();
    }

    /** The checks of guides, templates and procedures against the printed standard. */
    public TextChecks textChecks() {
        return guides.textChecks();
    }

    /** Supervisors' corrections of guide texts, as versions over the shipped text. */
    public GuideCorrections guideCorrections() {
        return guides.corrections();
    }
}
