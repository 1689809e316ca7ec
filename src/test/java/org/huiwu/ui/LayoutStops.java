package org.huiwu.ui;

import java.util.List;
import java.util.function.Consumer;

import org.huiwu.i18n.I18n;
import org.huiwu.ui.guides.GuideLinks;
import org.huiwu.ui.privacy.ClassifiedFolderDialog;
import org.huiwu.ui.privacy.PassphraseDialog;
import org.huiwu.ui.settings.ServerPasswordDialog;
import org.huiwu.ui.common.SecretDialog;

/**
 * The one list of what the layout test looks at. The meeting's tabs and the tabs inside them are not
 * listed: the test walks the window's own tab panes, so a new tab is checked the day it is added. Listed
 * here are the screens that are not tabs and every dialog, each with the way a person opens it and the
 * class that builds it; {@link #EXEMPT} names the window-building classes left out, with the reason. A
 * guard in the test fails when a class under src/main builds a dialog or stage and is in neither list.
 * Test code.
 */
enum LayoutStops {

    GUIDE_LIBRARY(Kind.SCREEN, "GuidesScreen", at -> at.run(() -> at.workbench().guideLinks().openLibrary())),
    GUIDE(Kind.SCREEN, "GuideView", at -> at.run(() -> at.workbench().guideLinks().openGuide(GuideLinks.EVACUATION))),
    TRAINING_RECORD(Kind.DIALOG, "TrainingRecordView", at -> {
        at.run(() -> at.workbench().guideLinks().openGuide(GuideLinks.PODIUM_NAME_CARDS));
        at.fire("#recordTrainingButton");
    }),
    GUIDE_CORRECTION(Kind.DIALOG, "GuideCorrectionDialog", at -> {
        at.run(() -> at.workbench().guideLinks().openGuide(GuideLinks.PODIUM_NAME_CARDS));
        at.fire("#guideSourcesButton");
        at.fire("#correctStepButton");
    }),
    TRAINER_MODE(Kind.DIALOG, "TrainerMode", at -> {
        at.run(() -> at.workbench().guideLinks().openGuide(GuideLinks.PODIUM_NAME_CARDS));
        at.fire("#presentButton");
    }),
    PASSPHRASE(Kind.DIALOG, "PassphraseDialog", at -> at.run(() -> new PassphraseDialog(
            new I18n(at.window().workbench().language().locale()), "/home/用户/.local/share/huiwu", 2, true).show())),
    SERVER_PASSWORD(Kind.DIALOG, "ServerPasswordDialog", at -> at.run(() -> {
        I18n i18n = new I18n(at.window().workbench().language().locale());
        new ServerPasswordDialog(i18n, "jdbc:postgresql://huiwu.venue.example.cn:5432/huiwu", "attendant_zhang", 2,
                i18n.get("error.storage.serverLoginRefused")).show();
    })),
    NEW_PASSPHRASE(Kind.DIALOG, "PassphraseDialog", at -> at.run(() -> PassphraseDialog.newPassphrase(
            new I18n(at.window().workbench().language().locale()), at.window().stage(), "/home/用户/.local/share/huiwu")
            .show())),
    CLASSIFIED_FOLDER(Kind.DIALOG, "ClassifiedFolderDialog", at -> at.run(() -> new ClassifiedFolderDialog(
            new I18n(at.window().workbench().language().locale()), at.window().stage(), "/home/用户/.local/share/huiwu",
            java.util.List.of("2026年第四季度安全生产工作会议", "保密工作专题会")).show())),
    SEAL_PASSPHRASE(Kind.DIALOG, "SecretDialog", at -> at.run(() -> {
        I18n i18n = new I18n(at.window().workbench().language().locale());
        new SecretDialog(at.window().stage(), i18n.get("privacy.export.title"), i18n.get("privacy.export.passphrase"))
                .show();
    })),
    SETTINGS(Kind.DIALOG, "SettingsDialog", at -> at.menu("menuSettings")),
    EXPORT(Kind.DIALOG, "ExportScreen", at -> at.menu("exportItem")),
    IMPORT_PREVIEW(Kind.DIALOG, "AttendeeImportLauncher", at -> at.run(() -> at.workbench().importer().preview(at.list()))),
    BLOCK_EDITOR(Kind.DIALOG, "SeatingSidePanel", at -> {
        at.tab("#seatingTab");
        at.menuButtonItem("#addBlockButton", "addBlock-PODIUM");
    }),
    BLOCK_EDITOR_TALKS(Kind.DIALOG, "SeatingSidePanel", at -> {
        at.tab("#seatingTab");
        at.menuButtonItem("#addBlockButton", "addBlock-TALKS");
    }),
    NAME_CARDS(Kind.DIALOG, "NameCardDialog", at -> at.menu("seatingMenuCards")),
    SERVICE_PLAN(Kind.DIALOG, "ServicePlanDialog", at -> {
        at.tab("#roundsTab");
        at.fire("#servicePlanButton");
    }),
    SERVICE_CHARTS(Kind.DIALOG, "RoundSummaryCharts", at -> {
        at.tab("#roundsTab");
        at.fire("#serviceChartsButton");
    }),
    INCIDENT_CAPTURE(Kind.DIALOG, "IncidentCapture", at -> at.menu("menuCaptureIncident")),
    VENUE_PROCEDURE(Kind.DIALOG, "VenueEditors", at -> {
        at.openIncident();
        at.fire("#editProcedureButton");
    }),
    VENUE_CONTACTS(Kind.DIALOG, "VenueEditors", at -> {
        at.openIncident();
        at.fire("#editContactsButton");
    }),
    CHECKLIST_TEMPLATE(Kind.DIALOG, "ChecklistsScreen", at -> {
        at.tab("#checklistsTab");
        at.fire("#editTemplateButton");
    }),
    VENUE(Kind.DIALOG, "VenueScreen", at -> at.menu("menuVenue")),
    STAGE_TEMPLATE(Kind.DIALOG, "FlowScreen", at -> {
        at.tab("#flowTab");
        at.tab("#flowStagesTab");
        at.fire("#flowEditTemplate");
    }),
    FLOOR(Kind.DIALOG, "FloorScreen", at -> at.menu("menuFloor")),
    SURVEY_TEMPLATE(Kind.DIALOG, "FeedbackScreen", at -> {
        at.tab("#feedbackTab");
        at.tab("#surveysTab");
        at.fire("#editTemplateButton");
    }),
    STAFF(Kind.DIALOG, "StaffScreen", at -> at.menu("menuStaff")),
    STAFF_POSTS(Kind.DIALOG, "StaffScreen", at -> {
        at.menu("menuStaff");
        at.dialogTab("postsTab");
    }),
    STAFFING(Kind.DIALOG, "StaffScreen", at -> at.menu("menuStaffing")),
    ASSESSMENT(Kind.DIALOG, "StaffScreen", at -> at.menu("menuAssessments")),
    ASSESSMENT_SUMMARY(Kind.DIALOG, "StaffScreen", at -> {
        at.menu("menuAssessments");
        at.dialogTab("assessSummaryTab");
    }),
    ASSESSMENT_FORM(Kind.DIALOG, "StaffScreen", at -> {
        at.menu("menuAssessments");
        at.dialogTab("assessFormTab");
    });

    /** Classes that build a window the list above does not open, and why. */
    static final List<String> EXEMPT = List.of(
            "FxDialogService",       // alerts: a wrapping message and OK / Cancel, no layout of their own
            "HuiwuApp",              // start-up failure and restore alerts over the opening window
            "AboutBox",              // an alert: the version and data folder as a wrapping message and OK
            "IdleLockCover",         // the idle lock's PIN prompt over open dialogs (IdleLockWindowTest shows it)
            "ExportProgressWindow",  // a progress bar shown only while an export runs
            "SideWindow");           // the window of the VENUE and FLOOR stops, checked through them

    enum Kind { SCREEN, DIALOG }

    final Kind kind;
    final String owner;
    final Consumer<LayoutRobot> open;

    LayoutStops(Kind kind, String owner, Consumer<LayoutRobot> open) {
        this.kind = kind;
        this.owner = owner;
        this.open = open;
    }
}
