package org.huiwu.ui.feedback;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;

import org.huiwu.i18n.I18n;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.model.provenance.TextCheck;
import org.huiwu.ui.provenance.Provenance;
import org.huiwu.ui.provenance.SourcesPanel;
import org.huiwu.ui.provenance.SourcesViewModel;
import org.huiwu.logic.feedback.FeedbackDesk;
import org.huiwu.logic.feedback.HandlingTime;
import org.huiwu.logic.feedback.SurveyTrend;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.LazyScreen;
import org.huiwu.ui.common.DialogService;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;

/**
 * The feedback tab of one window, built when first shown (评价与投诉): surveys with their summary, complaints with their
 * handling and history, and the supervisor's template dialog. FX thread only.
 */
public final class FeedbackScreen extends LazyScreen {

    /** What the screens work with, from the composition root. */
    public record Services(FeedbackDesk desk, TaskRunner runner, DialogService dialogs, FailureMessages failures,
            ZoneId zone, Supplier<Window> owner, SurveyTrend trend, HandlingTime handlingTime) {
    }

    private final Services services;
    private final FeedbackTexts texts;
    private final SurveysViewModel surveys;
    private final ComplaintsViewModel complaints;
    private final I18n i18n;
    private final Provenance provenance;
    private final FeedbackTrendViewModel trend;

    public FeedbackScreen(Services services, AppState state, I18n i18n, Provenance provenance) {
        super("feedbackTab", i18n.get("feedback.tab"), Place.MEETING_TAB);
        this.services = services;
        this.i18n = i18n;
        this.provenance = provenance;
        this.texts = new FeedbackTexts(i18n, services.failures(), services.zone());
        surveys = new SurveysViewModel(services.desk().surveys(), state, services.runner(), services.dialogs(), texts);
        complaints = new ComplaintsViewModel(services.desk().complaints(), state, services.runner(),
                services.dialogs(), texts, surveys.enteredByProperty());
        trend = new FeedbackTrendViewModel(services.trend(), services.handlingTime(), services.runner(), texts,
                complaints, services.desk().complaints()::now);
        surveys.reload();
        complaints.reload(null);
        trend.load();
    }

    /** The content of the meeting's feedback tab, built when the tab is first shown. */
    @Override
    protected Node build() {
        FeedbackView view = new FeedbackView(new SurveysView(surveys, i18n, this::editTemplate),
                new ComplaintsView(complaints, i18n), complaints, i18n);
        view.installTrend(new FeedbackTrendView(trend), trend::load);
        view.installRatingsChart(new SurveyRatingsChart(surveys.countedProperty(), i18n, texts.english()));
        return view;
    }

    /** The surveys' model (tests read the summary here). */
    public SurveysViewModel surveys() {
        return surveys;
    }

    /** The trend and handling time's model. */
    public FeedbackTrendViewModel trend() {
        return trend;
    }

    /** The complaints' model. */
    public ComplaintsViewModel complaints() {
        return complaints;
    }

    /**
     * Opens the supervisor's template dialog; OK saves and stays open when the edit is refused. Esc and
     * Cancel drop what was typed; closing the window any other way keeps it (saves, or stays open with
     * the refusal shown).
     */
    private void editTemplate() {
        TemplateEditorViewModel model = new TemplateEditorViewModel(services.desk().templates(), services.runner(),
                services.dialogs(), texts);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(services.owner().get());
        dialog.setTitle(texts.i18n().get("feedback.template.title"));
        SourcesViewModel sources = provenance.sources(services.runner(), services.failures(), texts.i18n());
        sources.show(CheckedKind.SURVEY_TEMPLATE, TextCheck.TEMPLATE,
                List.of(texts.i18n().get("feedback.complaint.noTimeLimit")),
                List.of(texts.i18n().get("feedback.scale.note")), "");
        ScrollPane scroll = new ScrollPane(SourcesPanel.beside(new TemplateEditorView(model, texts.i18n()), sources,
                texts.i18n()));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (services.owner().get() != null && services.owner().get().getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(services.owner().get().getScene().getStylesheets());
        }
        boolean[] settled = {false};
        Runnable closeSaved = () -> {
            settled[0] = true;
            dialog.setResult(ButtonType.OK);
            dialog.close();
            surveys.reload();
        };
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(closeSaved);
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION,
                event -> settled[0] = true);
        dialog.setOnCloseRequest(event -> {
            if (!settled[0] && model.keepTypedOnClose(closeSaved) && !settled[0]) {
                event.consume();
            }
        });
        model.load(dialog::show);
    }
}
