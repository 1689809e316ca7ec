package org.huiwu.ui.guides;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.provenance.ProvenanceRejectedException;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.model.guide.GuideTexts;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;
import org.huiwu.model.guide.StepTexts;
import org.huiwu.model.provenance.CheckedKind;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.ui.common.TaskRunner;
import org.huiwu.ui.provenance.SourcesViewModel;

/**
 * The open guide's sources (来源): the standard it follows and how firm that is, its text version, its
 * check against the printed standard (through the shared {@link SourcesViewModel}), and the supervisor's
 * correction of the current step's texts, saved as the guide's next text version. Shown only when asked
 * for, so trainees see the guide and not its provenance. Follows the shared {@link GuidePresentation}.
 * Database work runs on the injected {@link TaskRunner}. FX thread only.
 */
public final class GuideSourcesViewModel {

    private final GuidePresentation presentation;
    private final SourcesViewModel sources;
    private final GuideCorrections corrections;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final ZoneId zone;
    private final Consumer<Guide> onCorrected;
    private final DateTimeFormatter dateTime;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final StringProperty captionZh = new SimpleStringProperty(this, "captionZh", "");
    private final StringProperty captionEn = new SimpleStringProperty(this, "captionEn", "");
    private final StringProperty keyPointsZh = new SimpleStringProperty(this, "keyPointsZh", "");
    private final StringProperty keyPointsEn = new SimpleStringProperty(this, "keyPointsEn", "");
    private final StringProperty mistakesZh = new SimpleStringProperty(this, "mistakesZh", "");
    private final StringProperty mistakesEn = new SimpleStringProperty(this, "mistakesEn", "");
    private final StringProperty correctedBy = new SimpleStringProperty(this, "correctedBy", "");
    private final ReadOnlyStringWrapper correctionProblem = new ReadOnlyStringWrapper(this, "correctionProblem", "");
    private int correctingStep;

    /**
     * @param onCorrected receives the guide with a saved correction (to replace it in the library and shelf)
     */
    public GuideSourcesViewModel(GuidePresentation presentation, SourcesViewModel sources, GuideCorrections corrections,
            TaskRunner runner, FailureMessages failures, I18n i18n, ZoneId zone, Consumer<Guide> onCorrected) {
        this.presentation = presentation;
        this.sources = sources;
        this.corrections = corrections;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.zone = zone;
        this.onCorrected = onCorrected;
        this.dateTime = DateTimeFormatter.ofPattern(i18n.get("sources.dateTime"), i18n.locale());
        presentation.guideProperty().addListener((obs, old, guide) -> {
            if (guide != null && (old == null || !old.id().equals(guide.id()))) {
                shown.set(false);
            }
            load(guide);
        });
        load(presentation.guide());
    }

    /** The sources and check of the open guide. */
    public SourcesViewModel sources() {
        return sources;
    }

    /** Whether the sources panel is shown in place of the notes; hidden again when another guide opens. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Fills the correction form with the current step's texts, as shown. */
    public void startCorrecting() {
        Optional<GuideStep> step = presentation.currentStep();
        if (step.isEmpty()) {
            return;
        }
        GuideStep current = step.get();
        correctingStep = current.number();
        captionZh.set(current.caption().zh());
        captionEn.set(current.caption().en());
        keyPointsZh.set(String.join("\n", current.keyPoints().zh()));
        keyPointsEn.set(String.join("\n", current.keyPoints().en()));
        mistakesZh.set(String.join("\n", current.mistakes().zh()));
        mistakesEn.set(String.join("\n", current.mistakes().en()));
        correctedBy.set(sources.checkerProperty().get());
        correctionProblem.set("");
    }

    /** The 1-based number of the step in the correction form. */
    public int correctingStep() {
        return correctingStep;
    }

    /** Saves the form as the guide's next text version; the guide then shows it at the same step. */
    public void saveCorrection(Runnable afterSave) {
        Guide guide = presentation.guide();
        if (guide == null || correctingStep == 0 || corrections == null) {
            return;
        }
        StepTexts texts = new StepTexts(correctingStep, new LocalizedText(captionZh.get(), captionEn.get()),
                new LocalizedList(lines(keyPointsZh.get()), lines(keyPointsEn.get())),
                new LocalizedList(lines(mistakesZh.get()), lines(mistakesEn.get())));
        String by = correctedBy.get();
        correctionProblem.set("");
        runner.run(() -> corrections.correctStep(guide, texts, by), corrected -> {
            presentation.replace(corrected);
            onCorrected.accept(corrected);
            afterSave.run();
        }, failure -> correctionProblem.set(failure instanceof ProvenanceRejectedException rejected
                ? i18n.get(rejected.problem().messageKey()) : failures.describe(failure)));
    }

    public StringProperty captionZhProperty() {
        return captionZh;
    }

    public StringProperty captionEnProperty() {
        return captionEn;
    }

    /** One key point per line. */
    public StringProperty keyPointsZhProperty() {
        return keyPointsZh;
    }

    public StringProperty keyPointsEnProperty() {
        return keyPointsEn;
    }

    /** One common mistake per line. */
    public StringProperty mistakesZhProperty() {
        return mistakesZh;
    }

    public StringProperty mistakesEnProperty() {
        return mistakesEn;
    }

    public StringProperty correctedByProperty() {
        return correctedBy;
    }

    /** Why the last correction was refused; empty otherwise. */
    public ReadOnlyStringProperty correctionProblemProperty() {
        return correctionProblem.getReadOnlyProperty();
    }

    private void load(Guide guide) {
        if (guide == null) {
            return;
        }
        if (corrections == null) {
            showSources(guide, Optional.empty());
            return;
        }
        runner.run(() -> corrections.latest(guide.id()), latest -> {
            if (presentation.guide() != null && presentation.guide().id().equals(guide.id())) {
                showSources(presentation.guide(), latest);
            }
        }, failure -> showSources(guide, Optional.empty()));
    }

    private void showSources(Guide guide, Optional<GuideTexts> latest) {
        List<String> notes = new ArrayList<>();
        notes.add(i18n.format("sources.guide.standard", clause(guide.standard().reference())));
        notes.add(guide.standard().note().in(i18n.locale()));
        if (!guide.standard().sources().isEmpty()) {
            notes.add(i18n.format("sources.guide.tags", String.join(", ", guide.standard().sources())));
        }
        notes.add(latest.filter(t -> t.version() > GuideTexts.SHIPPED)
                .map(t -> i18n.format("sources.guide.version", t.version(), t.savedBy(),
                        dateTime.format(t.savedAt().atZone(zone))))
                .orElse(i18n.get("sources.guide.shipped")));
        List<String> unchecked = guide.standard().verified() ? List.of() : List.of(i18n.get("sources.guide.unverified"));
        sources.show(CheckedKind.GUIDE, guide.id(), notes, unchecked, guide.standard().reference());
    }

    /** The standard's clause as the reader's language names it: 附录C reads "Annex C", 第7章 "Clause 7" in English. */
    private String clause(String reference) {
        if (!"en".equals(i18n.locale().getLanguage())) {
            return reference;
        }
        return reference.replaceAll("附录\\s*([A-Z])", "Annex $1").replaceAll("第\\s*(\\d+)\\s*章", "Clause $1")
                .replace("、", ", ");
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
