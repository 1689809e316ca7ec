package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.checklists.ChecklistTemplate;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.flow.StageLists;
import org.huiwu.logic.flow.WorkOrders;
import org.huiwu.persistence.MeetingFlowDao;
import org.huiwu.persistence.StageListDao;
import org.huiwu.persistence.VenueRoomDao;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.BundleReader;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.export.MeetingExportsFactory;
import org.huiwu.logic.export.SeatChartSource;
import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.provenance.TextChecks;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.rounds.RoundBoard;
import org.huiwu.logic.rounds.RoundLabels;
import org.huiwu.logic.rounds.RouteOrder;
import org.huiwu.logic.rounds.ServiceLog;
import org.huiwu.logic.rounds.ServicePlans;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.logic.seating.SeatLayout;
import org.huiwu.logic.seating.SeatPlans;
import org.huiwu.logic.seating.SeatingPlanner;
import org.huiwu.logic.settings.BackupPolicy;
import org.huiwu.logic.settings.Preferences;
import org.huiwu.persistence.AttachmentDao;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.ChecklistDao;
import org.huiwu.persistence.ChecklistTemplateDao;
import org.huiwu.persistence.ComplaintDao;
import org.huiwu.persistence.DocumentCopyDao;
import org.huiwu.persistence.IncidentDao;
import org.huiwu.persistence.LeftItemDao;
import org.huiwu.persistence.GuideTextDao;
import org.huiwu.persistence.ProcedureDao;
import org.huiwu.persistence.VenueContactDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.DatabaseBackup;
import org.huiwu.persistence.MeetingTables;
import org.huiwu.persistence.MeetingChecklistDao;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.ServiceEventDao;
import org.huiwu.persistence.ServicePlanDao;
import org.huiwu.persistence.SettingDao;
import org.huiwu.persistence.SurveyDao;
import org.huiwu.persistence.TextCheckDao;
import org.huiwu.persistence.TrainingDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root below the UI: the one place that opens the database of a data folder and
 * constructs every DAO and logic object, with the clock and the background thread for database work.
 * The window and the command line both start from here.
 *
 * <p>Built off the FX thread (it migrates the database). {@link #close()} stops the database thread
 * without interrupting it (it may be inside H2), then closes the database.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path dataDir;
    private final Clock clock;
    private final Database database;
    private final ExecutorService databaseWorker;
    private final MeetingCatalog meetings;
    private final AttendeeRoster roster;
    private final AttendeeImport attendeeImport;
    private final SeatPlans seatPlans;
    private final SeatingPlanner seatingPlanner;
    private final Preferences preferences;
    private final ServicePlans servicePlans;
    private final RoundBoard roundBoard;
    private final ServiceLog serviceLog;
    private final RouteOrder routeOrder;
    private final RoundLabels roundLabels;
    private final SampleMeeting sampleMeeting;
    private final IncidentDesk incidents;
    private final ServiceChecklists checklists;
    private final FeedbackDesk feedback;
    private final TrainingRecords trainingRecords;
    private final TextChecks textChecks;
    private final GuideCorrections guideCorrections;
    private final MeetingTables meetingTables;
    private final DatabaseBackup databaseBackup;
    private final RoomBook roomBook;
    private final MeetingFlows meetingFlows;
    private AutomaticBackups automaticBackups;

    private AppContext(Path dataDir, Clock clock, Database database) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.databaseWorker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "huiwu-database");
            thread.setDaemon(true);
            return thread;
        });
        this.meetings = new MeetingCatalog(database.dao(MeetingDao.class), clock, UUID::randomUUID);
        this.roster = new AttendeeRoster(database.dao(AttendeeDao.class), clock);
        this.attendeeImport = new AttendeeImport(roster, UUID::randomUUID);
        this.seatPlans = new SeatPlans(database.dao(SeatPlanDao.class), new SeatLayout(), clock, UUID::randomUUID);
        this.seatingPlanner = new SeatingPlanner();
        this.preferences = new Preferences(database.dao(SettingDao.class));
        this.incidents = incidentDesk(database, roster, dataDir, clock);
        this.servicePlans = new ServicePlans(database.dao(ServicePlanDao.class), clock);
        ServiceEventDao serviceEvents = database.dao(ServiceEventDao.class);
        this.roundBoard = new RoundBoard(seatPlans, roster, servicePlans, serviceEvents, clock);
        this.serviceLog = new ServiceLog(serviceEvents, roundBoard, clock, UUID::randomUUID);
        this.routeOrder = new RouteOrder();
        this.roundLabels = new RoundLabels();
        this.checklists = new ServiceChecklists(database.dao(MeetingChecklistDao.class),
                new ChecklistTemplate(database.dao(ChecklistTemplateDao.class), clock, UUID::randomUUID), clock,
                UUID::randomUUID);
        this.feedback = FeedbackDesk.create(database.dao(SurveyDao.class), database.dao(ComplaintDao.class), clock,
                UUID::randomUUID);
        this.trainingRecords = new TrainingRecords(database.dao(TrainingDao.class), clock, UUID::randomUUID);
        this.textChecks = new TextChecks(database.dao(TextCheckDao.class), clock, UUID::randomUUID);
        this.guideCorrections = new GuideCorrections(database.dao(GuideTextDao.class), clock);
        this.meetingTables = new MeetingTables(database.jdbi());
        this.databaseBackup = new DatabaseBackup(database.jdbi());
        WorkOrders workOrders = new WorkOrders(database.dao(MeetingFlowDao.class), meetings, clock);
        this.roomBook = new RoomBook(database.dao(VenueRoomDao.class), meetings, workOrders, clock, UUID::randomUUID);
        this.meetingFlows = new MeetingFlows(database.dao(MeetingFlowDao.class), meetings, workOrders,
                new StageLists(database.dao(StageListDao.class), clock, UUID::randomUUID), checklists, clock,
                UUID::randomUUID);
        this.sampleMeeting = new SampleMeeting(meetings, roster, seatPlans, seatingPlanner, servicePlans, serviceLog,
                clock, incidents, checklists, feedback, roomBook, meetingFlows);
    }

    /** How long the window and the commands wait for a database another process holds. */
    public static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    /** Opens the data folder (creating and migrating its database as needed); fails at once when it is busy. */
    public static AppContext open(Path dataDir, Clock clock) {
        return new AppContext(dataDir, clock, Database.open(dataDir));
    }

    /**
     * Opens the data folder, waiting up to {@code wait} while another process holds its database;
     * {@code waiting} runs once, on the calling thread, when the wait begins.
     */
    public static AppContext open(Path dataDir, Clock clock, Duration wait, Runnable waiting) {
        return new AppContext(dataDir, clock, Database.open(dataDir, wait, waiting));
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public ExecutorService databaseWorker() {
        return databaseWorker;
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
        return servicePlans;
    }

    public RoundBoard roundBoard() {
        return roundBoard;
    }

    public ServiceLog serviceLog() {
        return serviceLog;
    }

    public RouteOrder routeOrder() {
        return routeOrder;
    }

    public RoundLabels roundLabels() {
        return roundLabels;
    }

    public SampleMeeting sampleMeeting() {
        return sampleMeeting;
    }

    /** The incident log, procedures, checklists, contacts, attachments, left items and document recovery. */
    public IncidentDesk incidents() {
        return incidents;
    }

    private static IncidentDesk incidentDesk(Database database, AttendeeRoster roster, Path dataDir, Clock clock) {
        return IncidentDesk.create(new IncidentDesk.Storage(database.dao(IncidentDao.class),
                database.dao(ProcedureDao.class), database.dao(ChecklistDao.class), database.dao(VenueContactDao.class),
                database.dao(AttachmentDao.class), database.dao(LeftItemDao.class), database.dao(DocumentCopyDao.class)),
                roster, dataDir, clock, UUID::randomUUID);
    }

    /** The meeting service checklists (会前/会中/会后) and their template. */
    public ServiceChecklists checklists() {
        return checklists;
    }

    /** The venue's rooms and their bookings (annex I). */
    public RoomBook roomBook() {
        return roomBook;
    }

    /** The flow of meetings: stages, work orders, stage checklists, patrol rounds, special meetings. */
    public MeetingFlows meetingFlows() {
        return meetingFlows;
    }

    /** The survey template, the meetings' survey forms and the complaints log. */
    public FeedbackDesk feedback() {
        return feedback;
    }

    public TrainingRecords trainingRecords() {
        return trainingRecords;
    }

    /** The checks of guides, templates and procedures against the printed standard. */
    public TextChecks textChecks() {
        return textChecks;
    }

    /** Supervisors' corrections of guide texts, as versions over the shipped text. */
    public GuideCorrections guideCorrections() {
        return guideCorrections;
    }

    /** Exports of meetings (XLSX, CSV, PDF report, sealed bundle) with texts in the given language. */
    public MeetingExports exports(I18n i18n) {
        return MeetingExportsFactory.create(meetingTables, new SeatChartSource(meetings, seatPlans, roster), dataDir,
                clock, i18n);
    }

    /** Imports bundles from other laptops into this data folder. */
    public BundleMerger bundleMerger() {
        return new BundleMerger(new BundleReader(), meetingTables, dataDir, clock);
    }

    /**
     * Starts the window's automatic backups with the saved policy, or applies a changed policy at once: every
     * N minutes, and once more on {@link #close()}. The command line does not call this, so its short runs
     * make no backups of their own.
     */
    public synchronized void applyBackupPolicy(BackupPolicy policy) {
        if (automaticBackups == null) {
            automaticBackups = new AutomaticBackups(this::backups, databaseWorker, policy);
        } else {
            automaticBackups.apply(policy);
        }
    }

    /** Rolling backups of this data folder's database, keeping the given number. */
    public Backups backups(int keep) {
        return new Backups(databaseBackup, dataDir, clock, keep);
    }

    @Override
    public void close() {
        AutomaticBackups backupsOnExit;
        synchronized (this) {
            backupsOnExit = automaticBackups;
        }
        if (backupsOnExit != null) {
            backupsOnExit.stop();
        }
        databaseWorker.shutdown();
        try {
            if (!databaseWorker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Database work still running after 30 s; closing the database anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (backupsOnExit != null) {
            backupsOnExit.backUpNow();
        }
        database.close();
    }
}
