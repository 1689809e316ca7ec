package org.huiwu;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.stage.Stage;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.ChartFigures;
import org.huiwu.logic.export.ExportFolders;
import org.huiwu.logic.export.ScheduledRestore;
import org.huiwu.logic.export.WorkOrderPdf;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.staff.BoardZone;
import org.huiwu.logic.venue.VenueFloor;
import org.huiwu.ui.attendees.AttendeesScreen;
import org.huiwu.ui.checklists.ChecklistsScreen;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DesktopFiles;
import org.huiwu.ui.common.DialogService;
import org.huiwu.ui.common.Screen;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.common.ViewMemory;
import org.huiwu.ui.export.ExportScreen;
import org.huiwu.ui.feedback.FeedbackScreen;
import org.huiwu.ui.floor.FloorScreen;
import org.huiwu.ui.floor.FloorViewModel;
import org.huiwu.ui.flow.FlowScreen;
import org.huiwu.ui.flow.FlowTexts;
import org.huiwu.ui.flow.VenueScreen;
import org.huiwu.ui.flow.VenueViewModel;
import org.huiwu.ui.guides.Displays;
import org.huiwu.ui.guides.GuideLinks;
import org.huiwu.ui.guides.GuidePresentation;
import org.huiwu.ui.guides.GuideShelf;
import org.huiwu.ui.guides.GuidesScreen;
import org.huiwu.ui.incidents.IncidentsScreen;
import org.huiwu.ui.meetings.MeetingsScreen;
import org.huiwu.ui.privacy.ClassifiedWatch;
import org.huiwu.ui.provenance.Provenance;
import org.huiwu.ui.rounds.RoundServices;
import org.huiwu.ui.rounds.RoundSummaryCharts;
import org.huiwu.ui.rounds.RoundsScreen;
import org.huiwu.ui.seating.SeatingScreen;
import org.huiwu.ui.staff.StaffScreen;

/**
 * The window's {@link Screen}s for one language, wired to an {@link AppContext}: each screen is made here
 * (its content is built when first shown), the meeting list's first load is asked for first, and the
 * screens that follow each other (stages, merges, the 涉密 watch) are linked. {@link Workbench} makes a new
 * set when the language changes. FX thread only.
 */
final class WorkbenchScreens {

    final List<Screen> all;
    final GuideLinks guideLinks;
    final MeetingsScreen meetings;
    final AttendeesScreen attendees;
    final IncidentsScreen incidents;
    final ChecklistsScreen checklists;
    final FeedbackScreen feedback;
    final StaffScreen staff;
    final FlowScreen flow;
    final VenueScreen venue;
    final FloorScreen floor;
    final Consumer<Path> bundleOpener;

    /** What every screen is made with. */
    record Base(AppContext context, TaskRunner runner, Stage stage, AppState state, I18n i18n, DialogService dialogs,
            FailureMessages failures, Attendant attendant, GuideShelf guideShelf, ViewMemory memory) {
    }

    WorkbenchScreens(Base base, UUID meetingToReopen) {
        AppContext context = base.context();
        TaskRunner runner = base.runner();
        Stage stage = base.stage();
        AppState state = base.state();
        I18n i18n = base.i18n();
        DialogService dialogs = base.dialogs();
        FailureMessages failures = base.failures();
        Attendant attendant = base.attendant();
        Provenance provenance = new Provenance(context.textChecks(), context.clock().getZone(), attendant::name);
        GuidesScreen guides = new GuidesScreen(new GuidesScreen.Services(base.guideShelf(), context.trainingRecords(),
                runner, dialogs, failures, Displays.ofScreens(), () -> stage, provenance, context.guideCorrections()),
                new GuidePresentation(context.clock()), state, i18n);
        guideLinks = guides.links();
        Consumer<String> openGuide = guideLinks::openGuide;

        attendees = new AttendeesScreen(new AttendeesScreen.Services(context.roster(), context.attendeeImport(),
                context.seatPlans(), runner, dialogs, failures, () -> stage), state, i18n);
        meetings = new MeetingsScreen(new MeetingsScreen.Services(context.meetings(),
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
        checklists.keepPhaseIn(base.memory());
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
        flow.readVenueLogin(context::venueLogin);
        venue = new VenueScreen(new VenueViewModel(context.roomBook(), context.meetingFlows(), context.meetings(),
                attendant, runner, flowTexts, context.clock(), meetings::refreshAndSelect), dialogs, () -> stage, i18n);
        floor = new FloorScreen(new FloorViewModel(new VenueFloor(context.meetings(), context.meetingFlows(),
                context.roundBoard(), context.incidents().log(), context.clock()), runner, i18n, failures,
                context.clock(), meetings::refreshAndSelect), () -> stage, i18n);
        rounds.openOnOwnZone(new BoardZone(context.staff().staffing(), context::venueLogin), attendant::name);
        flow.model().setOnStageChanged(meetings::refreshStages);
        meetings.followStages(context.meetingFlows()::stages);
        all = List.of(meetings, meetings.details(), attendees, seating, rounds, incidents, checklists,
                feedback, flow, guides, exports, venue, floor, staff);
    }
}
