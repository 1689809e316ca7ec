package org.huiwu.ui.guides;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.guides.GuideCorrections;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.provenance.ProvenanceRejectedException;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.model.guide.LocalizedList;
import org.huiwu.model.guide.LocalizedText;
import org.huiwu.model.guide.StepTexts;
import org.huiwu.ui.common.TaskRunner;

/**
 * The supervisor's correction of the open guide's current step: the form filled with the step's texts as shown
 * (caption, key points and common mistakes, Chinese and English, one point per line, and who corrects), saved as
 * the guide's next text version, after which the guide shows it at the same step; a refusal stays in
 * {@link #correctionProblemProperty()}. Owned by {@link GuideSourcesViewModel}. FX thread only; the correction is
 * saved on the injected {@link TaskRunner}.
 */
public final class StepCorrection {

    private final GuidePresentation presentation;
    private final GuideCorrections corrections;
    private final TaskRunner runner;
    private final FailureMessages failures;
    private final I18n i18n;
    private final Supplier<String> checker;
    private final Consumer<Guide> onCorrected;
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
     * @param checker who last checked the guide's sources, offered as the corrector
     * @param onCorrected receives the guide with a saved correction (to replace it in the library and shelf)
     */
    StepCorrection(GuidePresentation presentation, GuideCorrections corrections, TaskRunner runner,
            FailureMessages failures, I18n i18n, Supplier<String> checker, Consumer<Guide> onCorrected) {
        this.presentation = presentation;
        this.corrections = corrections;
        this.runner = runner;
        this.failures = failures;
        this.i18n = i18n;
        this.checker = checker;
        this.onCorrected = onCorrected;
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
        correctedBy.set(checker.get());
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

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
