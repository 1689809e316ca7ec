package org.huiwu;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideLibrary;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.settings.Preferences.Language;
import org.huiwu.logic.settings.Preferences.Theme;
import org.huiwu.persistence.Database;
import org.huiwu.ui.attendees.AttendeeImportLauncher;
import org.huiwu.ui.checklists.ChecklistsScreen;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.FocusKeeper;
import org.huiwu.ui.common.FxDialogService;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.ViewMemory;
import org.huiwu.ui.feedback.FeedbackScreen;
import org.huiwu.ui.floor.FloorScreen;
import org.huiwu.ui.flow.FlowScreen;
import org.huiwu.ui.flow.VenueScreen;
import org.huiwu.ui.guides.GuideLinks;
import org.huiwu.ui.guides.GuideShelf;
import org.huiwu.ui.guides.GuidesScreen;
import org.huiwu.ui.incidents.IncidentsScreen;
import org.huiwu.ui.privacy.IdleLockCover;
import org.huiwu.ui.shell.MainWindow;
import org.huiwu.ui.shell.MainWindowViewModel;
import org.huiwu.ui.staff.StaffScreen;

/**
 * The UI half of the composition root: the window's {@link WorkbenchScreens} for one language on top of an
 * {@link AppContext} (each builds its view when first shown), the menus they fill, the window's own commands
 * ({@link WindowCommands}), its language and theme ({@link WindowSettings}), the idle lock ({@link IdleLocking})
 * and the live updates; rebuilt when the language changes. The current
 * meeting survives a rebuild. It takes over the scene of the {@link OpeningShell} the window showed while the
 * folder opened, or makes its own. FX thread only.
 */
public final class Workbench {

    /** The window's size when it first shows, and the least it can be made. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int MIN_WIDTH = 1000;
    static final int MIN_HEIGHT = 600;

    private final AppContext context;
    private final TaskRunner runner;
    private final Stage stage;
    private final Scene scene;
    private final IdleLocking idleLocking;
    private final WindowSettings settings;
    private AppState state;
    private final GuideShelf guideShelf;
    private final Attendant attendant;
    /** The views' choices that a rebuild in another language keeps. */
    private final ViewMemory memory = new ViewMemory();
    private WorkbenchScreens screens;
    private final Function<Supplier<Window>, DialogService> dialogMaker;
    private I18n i18n;
    private final org.huiwu.ui.common.LiveUpdates live;

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
        this.attendant = Attendant.remembered(context.preferences(), runner);
        this.guideShelf = GuideShelf.withOwnWorker(GuideLibrary.onClassPath(), context.guideCorrections()::current);
        Scene opening = OpeningShell.takeOver(stage);
        this.scene = opening != null ? opening : new Scene(new javafx.scene.layout.Pane(), WIDTH, HEIGHT);
        stage.setScene(scene);
        FocusKeeper.install(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        this.idleLocking = new IdleLocking(context, runner, scene);
        this.settings = new WindowSettings(context, runner, stage, language, theme,
                () -> rebuild(state.currentMeeting() == null ? null : state.currentMeeting().id()), this::reloadIdleLock);
        rebuild(null);
        attachDaosAfterTheList();
        this.live = new org.huiwu.ui.common.LiveUpdates(context.liveFeed(), runner, () -> state, () -> i18n,
                context.roster()::list, context::sendQueuedTaps, context::queuedRecords, context.clock());
        live.reportKeptElsewhere(org.huiwu.ui.common.KeptRecordsNotice.counting(context::checkInsKeptElsewhere,
                context::keptRecordNames, () -> state, () -> i18n, javafx.application.Platform::runLater)); // 0048
        live.reloadSeating(context.seatPlans()::assignmentsOfMeeting);
        live.reloadLayout(context.seatPlans()::layoutVersionOfMeeting);
        live.follow(changes -> {
            screens.floor.changed(changes);
            screens.venue.changed(changes);
            screens.meetings.changed(changes);
        });
    }

    /**
     * Starts following what other laptops and windows store (decision 0031): the change feed is polled and the
     * open meeting's screens refresh; the status bar says whether the store is reachable.
     */
    public void goLive() {
        live.start();
    }

    /**
     * Attaches the folder's DAOs ahead of their first use (decision 0035) once the meeting list's first load has
     * been laid out: the no-op task is queued on the database thread behind that load, and its answer waits for
     * the next layout pulse.
     */
    private void attachDaosAfterTheList() {
        runner.run(() -> Boolean.TRUE, listLoaded -> {
            OpeningShell.afterNextLayout(stage, context::attachDaosAhead);
            javafx.application.Platform.requestNextPulse();
        }, failure -> context.attachDaosAhead());
    }

    /** Polls the change feed once now (tests; the live timer does it every poll period). */
    public void pollLive() {
        live.poll();
    }

    /** Reads the idle lock's minutes and PIN from the settings (off the FX thread) into the lock; saving the settings calls it. */
    public void reloadIdleLock() {
        idleLocking.reload();
    }

    /** Hides the window's content behind the PIN prompt when it was idle long enough (the timer calls it). */
    public void lockIfIdle() {
        idleLocking.lockIfIdle();
    }

    /** The language the window shows now. */
    public Language language() {
        return settings.language();
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
        screens.bundleOpener.accept(bundle);
    }

    private void rebuild(UUID meetingToReopen) {
        Language language = settings.language();
        I18n i18n = new I18n(language.locale());
        this.i18n = i18n;
        java.util.Locale.setDefault(language.locale());
        String shownBefore = state == null ? null : state.shownScreenProperty().get();
        state = new AppState();
        DialogService dialogs = dialogMaker.apply(() -> stage);
        FailureMessages failures = new FailureMessages(i18n, Database::problemOf);
        screens = new WorkbenchScreens(new WorkbenchScreens.Base(context, runner, stage, state, i18n, dialogs, failures,
                attendant, guideShelf, memory), meetingToReopen);
        MainWindowViewModel windowModel = new MainWindowViewModel(state, i18n, context.dataDir());
        MainWindow window = new MainWindow(windowModel, screens.all, WindowCommands.MENUS, WindowCommands.of(stage,
                i18n, context.dataDir(), settings::toggleTheme, () -> settings.open(i18n, dialogs, failures)), i18n);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(windowModel.windowTitle());
        IdleLockCover lockCover = idleLocking.cover(window, i18n);
        scene.setRoot(lockCover);
        settings.applyTheme();
        if (GuidesScreen.ID.equals(shownBefore)) {
            screens.guideLinks.openLibrary();
        } else if (shownBefore != null) {
            state.show(shownBefore);
        }
        lockCover.requestFocus();
    }

    /**
     * Shows the window in {@code newLanguage} and {@code newTheme}, as saving the settings does: a new
     * language rebuilds the views (the open meeting stays open), a new theme only swaps the stylesheets.
     */
    public void applySettings(Language newLanguage, Theme newTheme) {
        settings.apply(newLanguage, newTheme);
    }

    /** The meeting flow tab of the window as it stands (for tests). */
    public FlowScreen flow() {
        return screens.flow;
    }

    /** The attendant on duty at this laptop, as the settings remember them. */
    public Attendant attendant() {
        return attendant;
    }

    /** The venue floor of the window as it stands (for tests). */
    public FloorScreen floor() {
        return screens.floor;
    }

    /** The venue screen of the window as it stands (for tests). */
    public VenueScreen venue() {
        return screens.venue;
    }

    /** Links other screens use to open a procedure guide (rebuilt with the window). */
    public GuideLinks guideLinks() {
        return screens.guideLinks;
    }

    /** The incident screens of the window as they stand; tests attach files here instead of a file chooser. */
    public IncidentsScreen incidents() {
        return screens.incidents;
    }

    /** The checklist screens of the window as they stand (for tests). */
    public ChecklistsScreen checklists() {
        return screens.checklists;
    }

    /** The feedback screen of the window as it stands (tests read its models). */
    public FeedbackScreen feedback() {
        return screens.feedback;
    }

    /** The staff area of the window as it stands (tests read its models). */
    public StaffScreen staff() {
        return screens.staff;
    }

    /** The attendee import of the window as it stands; tests start an import here since they cannot drive a file chooser. */
    public AttendeeImportLauncher importer() {
        return screens.attendees.importer();
    }
}
