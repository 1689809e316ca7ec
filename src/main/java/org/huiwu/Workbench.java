package org.huiwu;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.logic.privacy.IdleLock;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.Database;
import org.huiwu.ui.attendees.AttendeeImportLauncher;
import org.huiwu.ui.attendees.AttendeesScreen;
import org.huiwu.ui.checklists.ChecklistsScreen;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.Screen;
import org.huiwu.ui.common.DesktopFiles;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.FocusKeeper;
import org.huiwu.ui.common.FxDialogService;
import org.huiwu.i18n.I18n;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.Themes;
import org.huiwu.logic.export.WorkOrderPdf;
import org.huiwu.ui.feedback.FeedbackScreen;
import org.huiwu.ui.staff.StaffScreen;
import org.huiwu.ui.flow.FlowScreen;
import org.huiwu.ui.flow.FlowTexts;
import org.huiwu.ui.flow.VenueScreen;
import org.huiwu.ui.floor.FloorScreen;
import org.huiwu.ui.floor.FloorViewModel;
import org.huiwu.logic.venue.VenueFloor;
import org.huiwu.logic.staff.BoardZone;
import org.huiwu.ui.flow.VenueViewModel;
import org.huiwu.ui.guides.Displays;
import org.huiwu.ui.guides.GuideLinks;
import org.huiwu.ui.guides.GuidePresentation;
import org.huiwu.ui.guides.GuideShelf;
import org.huiwu.ui.guides.GuidesScreen;
import org.huiwu.ui.provenance.Provenance;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.incidents.IncidentsScreen;
import org.huiwu.ui.meetings.MeetingsScreen;
import org.huiwu.ui.rounds.RoundsScreen;
import org.huiwu.ui.seating.SeatingScreen;
import org.huiwu.ui.rounds.RoundServices;
import org.huiwu.ui.rounds.RoundSummaryCharts;
import org.huiwu.logic.export.ChartFigures;
import org.huiwu.ui.privacy.ClassifiedWatch;
import org.huiwu.ui.privacy.IdleLockCover;
import org.huiwu.ui.settings.SettingsDialog;
import org.huiwu.ui.settings.SettingsViewModel;
import org.huiwu.ui.settings.VenueServerViewModel;
import org.huiwu.logic.settings.VenueServerSetting;
import org.huiwu.ui.export.ExportScreen;
import org.huiwu.ui.shell.AboutBox;
import org.huiwu.ui.shell.MainWindow;
import org.huiwu.ui.shell.MainWindowViewModel;

/**
 * The UI half of the composition root: the list of the window's {@link Screen}s for one language on top
 * of an {@link AppContext} (each builds its view when first shown), the menus they fill and the window's
 * own commands; rebuilt when the language changes. The current meeting survives a rebuild. FX thread only.
 */
public final class Workbench {

    private final AppContext context;
    private final TaskRunner runner;
    private final Stage stage;
    private final Scene scene;
    /** How often the window asks the idle lock whether to lock; the lock itself reads the clock. */
    private static final int IDLE_CHECK_SECONDS = 15;
    private final IdleLock idleLock;
    private IdleLockCover lockCover;
    private Language language;
    private Theme theme;
    private AppState state;
    private AttendeesScreen attendees;
    private final GuideShelf guideShelf;
    private GuideLinks guideLinks;
    private final Attendant attendant;
    private IncidentsScreen incidents;
    private ChecklistsScreen checklists;
    private FeedbackScreen feedback;
    private StaffScreen staff;
    private FlowScreen flow;
    private java.util.function.Consumer<Path> bundleOpener;
    private VenueScreen venue;
    private FloorScreen floor;
    private final Function<Supplier<Window>, DialogService> dialogMaker;
    private I18n i18n;
    private final org.huiwu.ui.common.LiveUpdates live;

    /** The menu bar's menus, in order; each screen's commands name the menu they belong to. */
    private static final List<String> MENUS = List.of("menu.meeting", "menu.attendees", "seating.menu",
            "menu.incidents", "venue.menu", "staff.menu", "menu.view", "menu.help");

    public Workbench(AppContext context, TaskRunner runner, Stage stage, Language language, Theme theme) {
        this(context, runner, stage, language, theme, FxDialogService::new);
    }

    /** The window with its dialogs made by {@code dialogMaker} from the window owner (tests script file choices). */
    public Workbench(AppContext context, TaskRunner runner, Stage stage, Language language, Theme theme,
            Function<Supplier<Window>, DialogService> dialogMaker) {
        this.dialogMaker = dialogMaker;
        this.context = context;
        this.runner = runner;
        this.stage = stage;
        this.language = language;
        this.theme = theme;
        this.attendant = Attendant.remembered(context.preferences(), runner);
        this.guideShelf = GuideShelf.withOwnWorker(GuideLibrary.onClassPath(), context.guideCorrections()::current);
        this.scene = new Scene(new javafx.scene.layout.Pane(), 1280, 720);
        stage.setScene(scene);
        FocusKeeper.install(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        this.idleLock = new IdleLock(context.clock());
        IdleLockCover.watchInput(scene, idleLock);
        reloadIdleLock();
        javafx.animation.Timeline idleCheck = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(IDLE_CHECK_SECONDS), event -> lockIfIdle()));
        idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCheck.play();
        rebuild(null);
        this.live = new org.huiwu.ui.common.LiveUpdates(context.liveFeed(), runner, () -> state, () -> i18n,
                context.roster()::list, context::sendQueuedTaps, context::queuedRecords, context.clock());
        live.reportKeptElsewhere(context::checkInsKeptElsewhere);
        live.follow(changes -> {
            floor.changed(changes);
            venue.changed(changes);
        });
    }

    /**
     * Starts following what other laptops and windows store (decision 0031): the change feed is polled and the
     * open meeting's screens refresh; the status bar says whether the store is reachable.
     */
    public void goLive() {
        live.start();
    }

    /** Polls the change feed once now (tests; the live timer does it every poll period). */
    public void pollLive() {
        live.poll();
    }

    /** Reads the idle lock's minutes and PIN from the settings (off the FX thread) into the lock; saving the settings calls it. */
    public void reloadIdleLock() {
        runner.run(() -> java.util.Map.entry(context.preferences().idleLockMinutes(), context.preferences().lockPin()),
                saved -> idleLock.configure(saved.getKey(), saved.getValue()),
                failure -> idleLock.configure(IdleLock.DEFAULT_MINUTES, ""));
    }

    /** Hides the window's content behind the PIN prompt when it was idle long enough (the timer calls it). */
    public void lockIfIdle() {
        if (lockCover != null) {
            lockCover.lockIfIdle();
        }
    }

    /** The language the window shows now. */
    public Language language() {
        return language;
    }

    /** The state of the window as it stands (for tests and the shell). */
    public AppState state() {
        return state;
    }

    /**
     * Merges a bundle the app was opened with (a double-click on a {@code .huiwu} file in the file manager),
     * asking as 会议 → 合并 does: who signed it, and whether to trust a new signer.
     */
    public void openBundle(Path bundle) {
        bundleOpener.accept(bundle);
    }

    private void rebuild(UUID meetingToReopen) {
        I18n i18n = new I18n(language.locale());
        this.i18n = i18n;
        java.util.Locale.setDefault(language.locale());
        String shownBefore = state == null ? null : state.shownScreenProperty().get();
        state = new AppState();
        DialogService dialogs = dialogMaker.apply(() -> stage);
        FailureMessages failures = new FailureMessages(i18n, Database::problemOf);
        Provenance provenance = new Provenance(context.textChecks(), context.clock().getZone(), attendant::name);
        GuidesScreen guides = new GuidesScreen(new GuidesScreen.Services(guideShelf, context.trainingRecords(), runner,
                dialogs, failures, Displays.ofScreens(), () -> stage, provenance, context.guideCorrections()),
                new GuidePresentation(context.clock()), state, i18n);
        guideLinks = guides.links();
        Consumer<String> openGuide = guideLinks::openGuide;

        attendees = new AttendeesScreen(new AttendeesScreen.Services(context.roster(), context.attendeeImport(),
                context.seatPlans(), runner, dialogs, failures, () -> stage), state, i18n);
        MeetingsScreen meetings = new MeetingsScreen(new MeetingsScreen.Services(context.meetings(),
                context.sampleMeeting(), runner, dialogs, failures), state, i18n, attendees.listedCount());
        // asked first, so the database thread fills the meeting list before the other screens' first loads
        meetings.refreshAndSelect(meetingToReopen);
        SeatingScreen seating = new SeatingScreen(new SeatingScreen.Services(context.seatPlans(),
                context.seatingPlanner(), context.roster(), runner, dialogs, failures, context.clock(),
                context.preferences(), openGuide), state, i18n);
        RoundsScreen rounds = new RoundsScreen(new RoundServices(context.roundBoard(), context.routeOrder(),
                context.serviceLog(), context.servicePlans(), context.seatPlans(), context.roster(),
                context.roundLabels(), dialogs, failures), state, runner, i18n, openGuide, SeatingScreen.ID,
                new RoundSummaryCharts.Source(id -> ChartFigures.of(context.exports(i18n).record(id), i18n),
                        context.clock().getZone()));
        incidents = new IncidentsScreen(new IncidentsScreen.Services(context.incidents(), context.roster(), runner,
                dialogs, failures, context.clock().getZone(), openGuide, () -> stage, context.incidentTrend()), state, attendant,
                i18n, provenance);
        checklists = new ChecklistsScreen(new ChecklistsScreen.Services(context.checklists(), runner, dialogs, failures,
                context.clock().getZone(), () -> stage), state, attendant, i18n, provenance);
        feedback = new FeedbackScreen(new FeedbackScreen.Services(context.feedback(), runner, dialogs, failures,
                context.clock().getZone(), () -> stage, context.surveyTrend(), context.handlingTime()), state, i18n,
                provenance);
        staff = new StaffScreen(new StaffScreen.Services(context.staff(), context.trainingRecords(), runner, dialogs,
                failures, context.clock(), () -> stage), state, attendant, i18n);
        ClassifiedWatch classified = new ClassifiedWatch(stage, context.dataDir().toString(), i18n, runner,
                context::classifiedFolder, dialogs);
        classified.watch(state.currentMeetingProperty());
        Runnable afterMerge = () -> {
            meetings.refresh();
            classified.check();
        };
        ExportScreen exports = new ExportScreen(new ExportScreen.Services(context.exports(i18n), context.bundleMerger(),
                context.meetings(), () -> context.backups(context.preferences().backupPolicy().kept()),
                new ScheduledRestore(context.dataDir(), context.passphrase()), runner, dialogs, failures, context.clock().getZone(),
                () -> stage, new ExportFolders(context.preferences(), Path.of(System.getProperty("user.home"))),
                DesktopFiles::open), state, i18n, afterMerge);
        exports.sealClassifiedWith(context.confidentialExports(i18n), attendant::name);
        bundleOpener = bundle -> exports.mergeOpened(bundle, afterMerge);
        FlowTexts flowTexts = new FlowTexts(i18n, failures, context.clock().getZone());
        flow = new FlowScreen(new FlowScreen.Services(context.meetingFlows(), context.checklists(), runner, flowTexts,
                openGuide, (id, file) -> new WorkOrderPdf(i18n, context.clock()).write(context.exports(i18n).record(id),
                        file), dialogs), state, attendant, i18n);
        venue = new VenueScreen(new VenueViewModel(context.roomBook(), context.meetingFlows(), context.meetings(),
                attendant, runner, flowTexts, context.clock(), meetings::refreshAndSelect), dialogs, () -> stage, i18n);
        floor = new FloorScreen(new FloorViewModel(new VenueFloor(context.meetings(), context.meetingFlows(),
                context.roundBoard(), context.incidents().log(), context.clock()), runner, i18n, failures,
                context.clock(), meetings::refreshAndSelect), () -> stage, i18n);
        rounds.openOnOwnZone(new BoardZone(context.staff().staffing(), context::venueLogin), attendant::name);
        flow.model().setOnStageChanged(meetings::refreshStages);
        meetings.followStages(context.meetingFlows()::stages);
        List<Screen> screens = List.of(meetings, meetings.details(), attendees, seating, rounds, incidents, checklists,
                feedback, flow, guides, exports, venue, floor, staff);

        MainWindowViewModel windowModel = new MainWindowViewModel(state, i18n, context.dataDir());
        MainWindow window = new MainWindow(windowModel, screens, MENUS, windowCommands(i18n, dialogs, failures), i18n);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(windowModel.windowTitle());
        lockCover = new IdleLockCover(window, idleLock, i18n);
        scene.setRoot(lockCover);
        Themes.apply(scene, theme);
        if (GuidesScreen.ID.equals(shownBefore)) {
            guideLinks.openLibrary();
        } else if (shownBefore != null) {
            state.show(shownBefore);
        }
        lockCover.requestFocus();
    }

    /** The window's own commands: settings, theme and quit. */
    private List<Command> windowCommands(I18n i18n, DialogService dialogs, FailureMessages failures) {
        return List.of(
                Command.of("menuQuit", i18n.get("menu.meeting.quit"), stage::close).keys("Shortcut+Q")
                        .inMenu("menu.meeting", 900).separatedBefore(),
                Command.of("menuTheme", i18n.get("menu.view.theme"), this::toggleTheme).keys("Shortcut+Shift+D")
                        .inMenu("menu.view", 20),
                Command.of("menuSettings", i18n.get("menu.view.settings"), () -> openSettings(i18n, dialogs, failures))
                        .keys("Shortcut+Comma").inMenu("menu.view", 30),
                Command.of("menuAbout", i18n.get("about.menu"), () -> AboutBox.show(stage, i18n, context.dataDir()))
                        .inMenu("menu.help", 10));
    }

    private void openSettings(I18n i18n, DialogService dialogs, FailureMessages failures) {
        SettingsViewModel model = new SettingsViewModel(context.preferences(), language, theme, runner, dialogs,
                failures, i18n, this::applySettings, context::applyBackupPolicy);
        model.followIdleLock(this::reloadIdleLock);
        VenueServerViewModel venue = new VenueServerViewModel(new VenueServerSetting(context.dataDir()), runner,
                failures, i18n);
        model.showClassifiedRule(context.classifiedFolder());
        SettingsDialog.show(stage, scene.getStylesheets(), model, venue, i18n);
    }

    /**
     * Shows the window in {@code newLanguage} and {@code newTheme}, as saving the settings does: a new
     * language rebuilds the views (the open meeting stays open), a new theme only swaps the stylesheets.
     */
    public void applySettings(Language newLanguage, Theme newTheme) {
        theme = newTheme;
        if (newLanguage != language) {
            language = newLanguage;
            rebuild(state.currentMeeting() == null ? null : state.currentMeeting().id());
        } else {
            Themes.apply(scene, theme);
        }
    }

    private void toggleTheme() {
        Theme next = theme == Theme.LIGHT ? Theme.DIM : Theme.LIGHT;
        runner.run(() -> {
            context.preferences().setTheme(next);
            return next;
        }, saved -> {
            theme = saved;
            Themes.apply(scene, theme);
        }, failure -> Themes.apply(scene, next));
    }

    /** The meeting flow tab of the window as it stands (for tests). */
    public FlowScreen flow() {
        return flow;
    }

    /** The attendant on duty at this laptop, as the settings remember them. */
    public Attendant attendant() {
        return attendant;
    }

    /** The venue floor of the window as it stands (for tests). */
    public FloorScreen floor() {
        return floor;
    }

    /** The venue screen of the window as it stands (for tests). */
    public VenueScreen venue() {
        return venue;
    }

    /** Links other screens use to open a procedure guide (rebuilt with the window). */
    public GuideLinks guideLinks() {
        return guideLinks;
    }


    /** The incident screens of the window as they stand; tests attach files here instead of a file chooser. */
    public IncidentsScreen incidents() {
        return incidents;
    }

    /** The checklist screens of the window as they stand (for tests). */
    public ChecklistsScreen checklists() {
        return checklists;
    }

    /** The feedback screen of the window as it stands (tests read its models). */
    public FeedbackScreen feedback() {
        return feedback;
    }

    /** The staff area of the window as it stands (tests read its models). */
    public StaffScreen staff() {
        return staff;
    }

    /** The attendee import of the window as it stands; tests start an import here since they cannot drive a file chooser. */
    public AttendeeImportLauncher importer() {
        return attendees.importer();
    }
}
