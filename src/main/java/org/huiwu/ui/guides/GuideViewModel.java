package org.huiwu.ui.guides;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;

/**
 * One guide in the viewer: its steps, the current step's caption, key points and common mistakes, the
 * variant notes, the standard it follows (marked while unverified) and the large illustration, which
 * is drawn in the background. Follows the shared {@link GuidePresentation}, so stepping here, on the
 * presenter view or on the projector is the same thing. FX thread only.
 */
public final class GuideViewModel {

    /** The pixel box the viewer's illustration is drawn into; the view scales it to fit. */
    public static final int PICTURE_WIDTH = 960;
    public static final int PICTURE_HEIGHT = 600;

    private final GuidePresentation presentation;
    private final I18n i18n;
    private final Locale locale;
    private final IllustrationSlot picture;
    private final ObservableList<GuideStep> steps = FXCollections.observableArrayList();
    private final ObservableList<String> keyPoints = FXCollections.observableArrayList();
    private final ObservableList<String> mistakes = FXCollections.observableArrayList();
    private final ObservableList<String> variants = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper purpose = new ReadOnlyStringWrapper(this, "purpose", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyStringWrapper standard = new ReadOnlyStringWrapper(this, "standard", "");
    private final ReadOnlyStringWrapper standardNote = new ReadOnlyStringWrapper(this, "standardNote", "");
    private final ReadOnlyBooleanWrapper unverified = new ReadOnlyBooleanWrapper(this, "unverified");
    private final ReadOnlyBooleanWrapper atFirst = new ReadOnlyBooleanWrapper(this, "atFirst", true);
    private final ReadOnlyBooleanWrapper atLast = new ReadOnlyBooleanWrapper(this, "atLast", true);

    public GuideViewModel(GuidePresentation presentation, GuideShelf shelf, I18n i18n) {
        this.presentation = presentation;
        this.i18n = i18n;
        this.locale = i18n.locale();
        this.picture = new IllustrationSlot(shelf.illustrations(), shelf.runner(), PICTURE_WIDTH, PICTURE_HEIGHT);
        presentation.guideProperty().addListener((obs, old, guide) -> guideChanged(guide));
        presentation.stepIndexProperty().addListener((obs, old, index) -> stepChanged());
        guideChanged(presentation.guide());
    }

    /** Opens {@code guide} at its first step. */
    public void show(Guide guide) {
        presentation.show(guide);
    }

    public GuidePresentation presentation() {
        return presentation;
    }

    public ObservableList<GuideStep> steps() {
        return steps;
    }

    /** A step as listed beside the picture: its number and caption. */
    public String stepLabel(GuideStep step) {
        return i18n.format("guides.step.listed", step.number(), step.caption().in(locale));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty purposeProperty() {
        return purpose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** "Step 3 of 9". */
    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty standardProperty() {
        return standard.getReadOnlyProperty();
    }

    /** How firm the standard basis is, in the interface language. */
    public ReadOnlyStringProperty standardNoteProperty() {
        return standardNote.getReadOnlyProperty();
    }

    /** True while the standard clause behind the guide has not been read and checked. */
    public ReadOnlyBooleanProperty unverifiedProperty() {
        return unverified.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atFirstProperty() {
        return atFirst.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty atLastProperty() {
        return atLast.getReadOnlyProperty();
    }

    public ObservableList<String> keyPoints() {
        return keyPoints;
    }

    public ObservableList<String> mistakes() {
        return mistakes;
    }

    /** Where the sources disagree; empty when they agree. */
    public ObservableList<String> variants() {
        return variants;
    }

    public IllustrationSlot picture() {
        return picture;
    }

    /** The 0-based index of the step shown. */
    public int stepIndex() {
        return presentation.stepIndex();
    }

    public void next() {
        presentation.next();
    }

    public void previous() {
        presentation.previous();
    }

    public void first() {
        presentation.first();
    }

    public void last() {
        presentation.last();
    }

    public void jumpTo(int index) {
        presentation.jumpTo(index);
    }

    private void guideChanged(Guide guide) {
        steps.setAll(guide == null ? List.of() : guide.steps());
        title.set(guide == null ? "" : guide.title().in(locale));
        purpose.set(guide == null ? "" : guide.purpose().in(locale));
        variants.setAll(guide == null ? List.of() : guide.variants().stream().map(v -> v.in(locale)).toList());
        standard.set(guide == null ? "" : i18n.format("guides.standard", clause(guide.standard().reference())));
        standardNote.set(guide == null ? "" : guide.standard().note().in(locale));
        unverified.set(guide != null && !guide.standard().verified());
        stepChanged();
    }

    /** The standard's clause as the reader's language names it: 附录C reads "Annex C", 第7章 "Clause 7" in English. */
    private String clause(String reference) {
        if (!"en".equals(locale.getLanguage())) {
            return reference;
        }
        return reference.replaceAll("附录\\s*([A-Z])", "Annex $1").replaceAll("第\\s*(\\d+)\\s*章", "Clause $1")
                .replace("、", ", ");
    }

    private void stepChanged() {
        Guide guide = presentation.guide();
        GuideStep step = presentation.currentStep().orElse(null);
        caption.set(step == null ? "" : step.caption().in(locale));
        stepText.set(step == null ? "" : i18n.format("guides.step.position", step.number(), presentation.stepCount()));
        keyPoints.setAll(step == null ? List.of() : step.keyPoints().in(locale));
        mistakes.setAll(step == null ? List.of() : step.mistakes().in(locale));
        atFirst.set(presentation.stepIndex() <= 0);
        atLast.set(presentation.stepIndex() >= presentation.stepCount() - 1);
        picture.show(guide, step);
    }
}
