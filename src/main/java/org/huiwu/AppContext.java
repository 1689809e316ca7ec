package org.huiwu;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.huiwu.logic.attendees.AttendeeImport;
import org.huiwu.logic.attendees.AttendeeRoster;
import org.huiwu.logic.checklists.ServiceChecklists;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.flow.RoomBook;
import org.huiwu.logic.flow.StageLists;
import org.huiwu.logic.flow.WorkOrders;
import org.huiwu.persistence.MeetingFlowDao;
import org.huiwu.persistence.StoreLocation;
import org.huiwu.persistence.StageListDao;
import org.huiwu.persistence.VenueRoomDao;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.Backups;
import org.huiwu.logic.export.BundleMerger;
import org.huiwu.logic.export.SigningKey;
import org.huiwu.logic.export.TrustedSigners;
import org.huiwu.logic.export.MeetingExports;
import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.feedback.HandlingTime;
import org.huiwu.logic.feedback.SurveyTrend;
import org.huiwu.logic.staff.ClassifiedStaffCheck;
import org.huiwu.logic.incidents.IncidentTrend;
import org.huiwu.logic.export.MeetingTrends;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.persistence.AssessmentDao;
import org.huiwu.persistence.StaffDao;
import org.huiwu.persistence.StaffingDao;
import org.huiwu.persistence.SurveyTrendDao;
import org.huiwu.persistence.IncidentTrendDao;
import org.huiwu.logic.incidents.IncidentDesk;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.provenance.TextChecks;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.logic.privacy.ClassifiedFolder;
import org.huiwu.logic.privacy.ConfidentialExports;
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
import org.huiwu.persistence.ClassifiedOverrideDao;
import org.huiwu.persistence.ConfidentialExportDao;
import org.huiwu.persistence.AttendeeDao;
import org.huiwu.persistence.Database;
import org.huiwu.persistence.FileCipher;
import org.huiwu.logic.incidents.AttachmentStore;
import org.huiwu.persistence.MeetingDao;
import org.huiwu.persistence.SeatPlanDao;
import org.huiwu.persistence.SettingDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root below the UI: the one place that opens the database of a data folder and
 * constructs every DAO and logic object, with the clock and the background thread for database work. The
 * tea-service ({@link TeaServiceParts}), service-desk ({@link DeskParts}), guide ({@link GuideParts}) and data-folder ({@link DataFolderCare})
 * parts are built in classes of their own; this class wires them and hands them out.
 * The window and the command line both start from here.
 *
 * <p>Built off the FX thread (it migrates the database). {@link #close()} stops the database thread
 * without interrupting it (it may be inside H2), then closes the database.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final Path dataDir;
    /** Taps made while the venue server is unreachable (decision 0031); null on the laptop's own H2 file. */
    private final org.huiwu.persistence.LocalOutbox outbox;
    private final org.huiwu.persistence.OfflineDaos offline;
    private final org.huiwu.logic.live.OutboxSender sender;
    private final Clock clock;
    private final Database database;
    private final ExecutorService databaseWorker;
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
    private final DataFolderCare care;
    private final StaffDesk staff;
    private final SurveyTrend surveyTrend;
    private final IncidentTrend incidentTrend;
    private final HandlingTime handlingTime;
    private final RoomBook roomBook;
    private final MeetingFlows meetingFlows;
    private final FileCipher cipher;

    private AppContext(Path dataDir, Clock clock, Database database, String passphrase) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.database = database;
        this.databaseWorker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "huiwu-database");
            thread.setDaemon(true);
            return thread;
        });
        this.staff = StaffDesk.create(database.dao(StaffDao.class), database.dao(StaffingDao.class),
                database.dao(AssessmentDao.class), clock, UUID::randomUUID);
        this.meetings = new MeetingCatalog(database.dao(MeetingDao.class), clock, UUID::randomUUID,
                new ClassifiedStaffCheck(staff.staffing()));
        this.outbox = database.engine() == Database.Engine.POSTGRESQL
                ? org.huiwu.persistence.LocalOutbox.open(dataDir) : null;
        this.offline = outbox == null ? null
                : new org.huiwu.persistence.OfflineDaos(outbox, org.huiwu.persistence.OfflineDaos::unreachable);
        this.roster = new AttendeeRoster(org.huiwu.persistence.OfflineDaos.dao(offline, database, AttendeeDao.class),
                clock, () -> this.offline != null && this.offline.holding());
        this.attendeeImport = new AttendeeImport(roster, UUID::randomUUID);
        this.seatPlans = new SeatPlans(database.dao(SeatPlanDao.class), new SeatLayout(), clock, UUID::randomUUID);
        this.seatingPlanner = new SeatingPlanner();
        this.preferences = new Preferences(database.dao(SettingDao.class), dataDir);
        this.cipher = FileCipher.forFolder(dataDir, passphrase);
        this.desks = DeskParts.create(database, offline, roster, dataDir, clock, cipher);
        sealPlainAttachments();
        desks.incidents().attachments().clearOpened();
        TeaServiceParts teaParts = TeaServiceParts.create(database, seatPlans, roster, clock);
        this.tea = outbox == null ? teaParts : teaParts.queueingTo(outbox, database);
        this.sender = outbox == null ? null : new org.huiwu.logic.live.OutboxSender(outbox, tea.log().outbox()::replay,
                database.dao(AttendeeDao.class), database.dao(org.huiwu.persistence.MeetingChecklistDao.class),
                database.dao(org.huiwu.persistence.IncidentDao.class), org.huiwu.persistence.OfflineDaos::unreachable);
        this.surveyTrend = new SurveyTrend(database.dao(SurveyTrendDao.class), desks.feedback().surveys(), clock);
        this.incidentTrend = new IncidentTrend(database.dao(IncidentTrendDao.class), clock);
        this.handlingTime = new HandlingTime(database.dao(SettingDao.class));
        WorkOrders workOrders = new WorkOrders(database.dao(MeetingFlowDao.class), meetings, clock);
        this.roomBook = new RoomBook(database.dao(VenueRoomDao.class), meetings, workOrders, clock, UUID::randomUUID);
        this.meetingFlows = new MeetingFlows(database.dao(MeetingFlowDao.class), meetings, workOrders,
                new StageLists(database.dao(StageListDao.class), clock, UUID::randomUUID), desks.checklists(), clock,
                UUID::randomUUID);
        this.sampleMeeting = new SampleMeeting(meetings, roster, seatPlans, seatingPlanner, tea.plans(), tea.log(),
                clock, desks.incidents(), desks.checklists(), desks.feedback(), staff, roomBook, meetingFlows);
        this.guides = GuideParts.create(database, clock);
        this.care = new DataFolderCare(database, dataDir, passphrase, cipher, clock, () -> preferences.attendantName());
        database.attachInBackground();
    }

    /**
     * Encrypts attachments an encrypted folder still holds in plain form (kept before it was encrypted, or
     * before attachments were encrypted at all); a no-op in a folder that is not encrypted.
     */
    private void sealPlainAttachments() {
        try {
            int sealed = cipher.encryptFilesUnder(dataDir.resolve(AttachmentStore.FOLDER));
            if (sealed > 0) {
                LOG.info("Encrypted {} attachments kept in plain form in {}", sealed, dataDir);
            }
        } catch (java.io.IOException e) {
            LOG.error("Could not encrypt the attachments kept in plain form in {}", dataDir, e);
        }
    }

    /** The cipher of the folder's files beside the database (attachments); {@link FileCipher#NONE} when not encrypted. */
    public FileCipher fileCipher() {
        return cipher;
    }

    /** How long the window and the commands wait for a database another process holds. */
    public static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    /** Opens the data folder (creating and migrating its database as needed); fails at once when it is busy. */
    public static AppContext open(Path dataDir, Clock clock) {
        return new AppContext(dataDir, clock, Database.open(dataDir), null);
    }

    /**
     * Opens the data folder, waiting up to {@code wait} while another process holds its database;
     * {@code waiting} runs once, on the calling thread, when the wait begins.
     */
    public static AppContext open(Path dataDir, Clock clock, Duration wait, Runnable waiting) {
        return open(dataDir, clock, wait, waiting, null);
    }

    /**
     * Opens the data folder like {@link #open(Path, Clock, Duration, Runnable)}; an encrypted one with the
     * passphrase (null when none was given; ignored when the folder is not encrypted).
     */
    public static AppContext open(Path dataDir, Clock clock, Duration wait, Runnable waiting, String passphrase) {
        return new AppContext(dataDir, clock, Database.open(dataDir, wait, waiting, passphrase), passphrase);
    }

    /**
     * Opens the data folder with its records at {@code store}: the folder's own H2 file as
     * {@link #open(Path, Clock, Duration, Runnable, String)}, or a venue's PostgreSQL server (decision 0030); the
     * folder keeps this laptop's files (signing key, attachments, logs) either way.
     */
    public static AppContext open(Path dataDir, Clock clock, StoreLocation store, Duration wait, Runnable waiting,
            String passphrase) {
        return new AppContext(dataDir, clock, Database.open(store, wait, waiting, passphrase), passphrase);
    }

    /** Whether the folder's database is encrypted, so that opening it needs the passphrase. */
    public static boolean isEncrypted(Path dataDir) {
        return Database.isEncrypted(dataDir);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The passphrase the folder was opened with (for checking its encrypted backups); null when not encrypted. */
    public String passphrase() {
        return care.passphrase();
    }

    public Clock clock() {
        return clock;
    }

    /** Who this laptop is logged in as on the venue server (decision 0037); empty on its own file. Off the FX thread. */
    public java.util.Optional<org.huiwu.model.staff.VenueLogin> venueLogin() {
        return database.venueLogin();
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

    /**
     * Sends the records (taps, check-ins, incidents, checklist marks) queued on this laptop while the venue server
     * was unreachable, in order (decision 0031); returns how many were sent (0 on the laptop's own H2 file). Call
     * off the FX thread.
     */
    public int sendQueuedTaps() {
        if (sender == null) {
            return 0;
        }
        int sent = sender.send();
        if (sent > 0 && sender.waiting() == 0) {
            offline.reached();
        }
        return sent;
    }

    /**
     * How many queued check-ins were not stored since the last call because another laptop had changed the same
     * attendee's check-in during the outage (the server's state is kept); 0 on the laptop's own H2 file.
     */
    public int checkInsKeptElsewhere() {
        return sender == null ? 0 : sender.takeKeptElsewhere();
    }

    /** How many records wait in this laptop's outbox (0 on the laptop's own H2 file). Call off the FX thread. */
    public int queuedRecords() {
        return sender == null ? 0 : sender.waiting();
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
        return roomBook;
    }

    /** The flow of meetings: stages, work orders, stage checklists, patrol rounds, special meetings. */
    public MeetingFlows meetingFlows() {
        return meetingFlows;
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
        return surveyTrend;
    }

    /** The incidents by severity meeting by meeting. */
    public IncidentTrend incidentTrend() {
        return incidentTrend;
    }

    /** The venue's time for handling complaints (unset by default). */
    public HandlingTime handlingTime() {
        return handlingTime;
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

    /** Exports of meetings (XLSX, CSV, PDF report, signed bundle) with texts in the given language. */
    public MeetingExports exports(I18n i18n) {
        return exports(i18n, "");
    }

    /**
     * Exports of meetings; a bundle is signed with this laptop's key, which a first bundle creates named
     * {@code signerName} (blank: the remembered attendant's name).
     */
    public MeetingExports exports(I18n i18n, String signerName) {
        return care.exports(i18n, signerName, meetings, seatPlans, roster, new MeetingTrends(surveyTrend, incidentTrend));
    }

    /**
     * This laptop's signing key (decision 0025), created the first time it is needed and named {@code name}, or
     * the remembered attendant's name when that is blank. Call off the FX thread.
     */
    public SigningKey signingKey(String name) {
        return care.signingKey(name);
    }

    /** The signers whose bundles this laptop merges, and the history of merged bundles. */
    public TrustedSigners trustedSigners() {
        return care.trustedSigners();
    }

    /** The rule that a folder holding a 涉密 meeting is encrypted, or overridden with a logged reason. */
    public ClassifiedFolder classifiedFolder() {
        // on a venue server the records are not in this folder: their protection at rest is the server's
        BooleanSupplier protectedAtRest = () -> database.engine() == Database.Engine.POSTGRESQL || cipher.encrypts();
        return new ClassifiedFolder(meetings, database.dao(ClassifiedOverrideDao.class), protectedAtRest, clock,
                UUID::randomUUID);
    }

    /** Exports that hold a 涉密 meeting: sealed under a passphrase and logged. */
    public ConfidentialExports confidentialExports(I18n i18n) {
        return new ConfidentialExports(meetings, exports(i18n), database.dao(ConfidentialExportDao.class), clock,
                UUID::randomUUID);
    }

    /** Imports bundles from other laptops into this data folder. */
    public BundleMerger bundleMerger() {
        return care.bundleMerger(desks.incidents());
    }

    /**
     * Starts the window's automatic backups with the saved policy, or applies a changed policy at once: every
     * N minutes, and once more on {@link #close()}. The command line does not call this, so its short runs
     * make no backups of their own.
     */
    public void applyBackupPolicy(BackupPolicy policy) {
        care.applyBackupPolicy(policy, databaseWorker);
    }

    /** Rolling backups of this data folder's database, keeping the given number. */
    public Backups backups(int keep) {
        return care.backups(keep);
    }

    @Override
    public void close() {
        AutomaticBackups backupsOnExit = care.stopTimer();
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
        desks.incidents().attachments().clearOpened();
        if (outbox != null) {
            outbox.close();
        }
        database.close();
    }
}
