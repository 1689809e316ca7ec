package org.huiwu.ui.staff;

import java.time.Clock;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.export.PledgeSheetPdf;
import org.huiwu.logic.guides.TrainingRecords;
import org.huiwu.logic.staff.StaffDesk;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.Command;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.TaskRunner;

/**
 * The staff area of one window (人员), a screen without a tab: its commands make the 人员 menu and open the staff window (roster with each
 * person's page, posts and duties), the open meeting's staffing dialog and the assessment dialog (entry,
 * monthly summary with its trend chart, the form's items). FX thread only.
 */
public final class StaffScreen extends LazyScreen {

    /** What the staff screens work with, from the composition root. */
    public record Services(StaffDesk desk, TrainingRecords training, TaskRunner runner, DialogService dialogs,
            FailureMessages failures, Clock clock, Supplier<Window> owner) {
    }

    static final String SHEET = StaffScreen.class.getResource("staff.css").toExternalForm();

    private final Services services;
    private final AppState state;
    private final Attendant attendant;
    private final StaffTexts texts;
    private RosterViewModel roster;
    private StaffingViewModel staffing;
    private AssessmentViewModel assessment;

    public StaffScreen(Services services, AppState state, Attendant attendant, I18n i18n) {
        super("staff", i18n.get("staff.menu"), Place.NONE);
        this.services = services;
        this.state = state;
        this.attendant = attendant;
        this.texts = new StaffTexts(i18n, services.failures());
        state.currentMeetingProperty().addListener((o, was, now) -> publishStaffing(now));
        publishStaffing(state.currentMeeting());
        command(Command.of("menuStaff", i18n.get("staff.menu.staff"), this::openStaff).inMenu("staff.menu", 10));
        command(Command.of("menuStaffing", i18n.get("staff.menu.staffing"), this::openStaffing)
                .enabledWhen(state.currentMeetingProperty().isNotNull()).inMenu("staff.menu", 20));
        command(Command.of("menuAssessments", i18n.get("staff.menu.assessments"), this::openAssessments)
                .inMenu("staff.menu", 30));
    }

    /** The staff area has no tab: its commands open the staff, staffing and assessment windows. */
    @Override
    protected Node build() {
        return new javafx.scene.layout.Region();
    }

    /**
     * Reads the meeting's staffed names and publishes them to the screens that offer them; on a 涉密
     * meeting (made so elsewhere, or brought by import or merge) tells at once who has no valid pledge.
     */
    private void publishStaffing(org.huiwu.model.Meeting meeting) {
        if (meeting != null) {
            services.runner().run(() -> services.desk().staffing().names(meeting.id()),
                    names -> state.openMeeting().staffingStored(meeting.id(), names), failure -> { });
            services.runner().run(() -> services.desk().staffing().flagged(meeting), people -> {
                if (!people.isEmpty()) {
                    state.statusProperty().set(texts.i18n().format("staff.staffing.unpledged",
                            org.huiwu.logic.staff.Unpledged.describe(people, texts.i18n())));
                }
            }, failure -> { });
        }
    }

    /** Opens the staff window: the roster and the posts and duties. */
    public void openStaff() {
        roster = new RosterViewModel(services.desk(), services.training(), services.runner(), texts,
                services.dialogs());
        PostsViewModel posts = new PostsViewModel(services.desk(), services.runner(), texts);
        posts.setAfterSave(() -> roster.reload(roster.selectedProperty().get() == null ? null
                : roster.selectedProperty().get().id()));
        TabPane tabs = new TabPane(tab("rosterTab", texts.i18n().get("staff.tab.roster"),
                new RosterView(roster, this::printPledge, attendant::name)),
                tab("postsTab", texts.i18n().get("staff.tab.posts"), new PostsPane(posts)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        roster.reload(null);
        posts.load();
        show("StaffWindow", texts.i18n().get("staff.window.title"), tabs, 960, 600);
    }

    /** Opens the open meeting's staffing table. */
    public void openStaffing() {
        staffing = new StaffingViewModel(services.desk(), services.runner(), texts);
        staffing.lines().addListener((javafx.collections.ListChangeListener<org.huiwu.model.staff.Staffing>) change -> {
            if (staffing.meetingProperty().get() != null) {
                state.openMeeting().staffingStored(staffing.meetingProperty().get().id(), staffing.lines().stream()
                        .map(org.huiwu.model.staff.Staffing::staffName).distinct().toList());
            }
        });
        StaffingView view = new StaffingView(staffing, attendant::name);
        staffing.load(state.currentMeeting());
        show("StaffingWindow", texts.i18n().get("staff.staffing.window"), view, 720, 480);
    }

    /** Opens the assessments: entry, monthly summary with the trend, and the form's items. */
    public void openAssessments() {
        assessment = new AssessmentViewModel(services.desk(), services.runner(), texts, state.currentMeeting());
        TabPane tabs = new TabPane(tab("assessEntryTab", texts.i18n().get("staff.tab.entry"),
                new AssessmentEntryPane(assessment, attendant::name)),
                tab("assessSummaryTab", texts.i18n().get("staff.tab.summary"), new MonthlySummaryPane(assessment)),
                tab("assessFormTab", texts.i18n().get("staff.tab.form"), new TemplatePane(assessment, attendant::name)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        assessment.load();
        show("AssessmentWindow", texts.i18n().get("staff.assess.window"), tabs, 900, 600);
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void show(String id, String title, Node content, double width, double height) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(services.owner().get());
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        Window owner = services.owner().get();
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(SHEET);
        dialog.show();
    }

    private void printPledge() {
        roster.withSelected(person -> {
            String post = roster.postProperty().get() == null ? "" : texts.post(roster.postProperty().get());
            var pledge = roster.latestPledge();
            services.dialogs().chooseFileToSave(texts.i18n().get("staff.page.printPledge"), "PDF", "*.pdf",
                    texts.i18n().format("staff.sheet.file", person.name())).ifPresent(file -> services.runner().run(() -> {
                        PledgeSheetPdf.onDisk(texts.i18n(), services.clock()).write(person, post, pledge, file);
                        return file;
                    }, written -> roster.problemProperty().set(texts.i18n().format("staff.sheet.written",
                            written.getFileName())), failure -> roster.problemProperty().set(texts.describe(failure))));
        });
    }

    /** The roster of the staff window last opened (tests read it). */
    public RosterViewModel roster() { return roster; }
    /** The staffing of the dialog last opened (tests read it). */
    public StaffingViewModel staffing() { return staffing; }
    /** The assessments of the dialog last opened (tests read it). */
    public AssessmentViewModel assessment() { return assessment; }
}
