package org.huiwu.ui.guides;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;

/**
 * What the projector shows to the trainees: the current step's picture, drawn for the projector's
 * size, and its caption, or nothing at all while blacked out. Follows the shared
 * {@link GuidePresentation}, like the presenter view. When trainer mode runs on one display this view is
 * also the trainer's, so it may show the current step's key points and common mistakes in a notes panel
 * (N shows and hides it); on a projector beside a presenter view the notes are never allowed, so trainees
 * never see them. FX thread only.
 */
public final class ProjectorViewModel {

    private final GuidePresentation presentation;
    private final Locale locale;
    private final IllustrationSlot picture;
    private final ChangeListener<Guide> onGuide = (obs, old, guide) -> stepChanged();
    private final ChangeListener<Number> onStep = (obs, old, index) -> stepChanged();
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper(this, "stepNumber");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyBooleanWrapper notesShown = new ReadOnlyBooleanWrapper(this, "notesShown");
    private final ObservableList<String> keyPoints = FXCollections.observableArrayList();
    private final ObservableList<String> mistakes = FXCollections.observableArrayList();
    private final boolean notesAllowed;

    /**
     * @param width  the projector's width in pixels
     * @param height the projector's height in pixels; the picture takes the part above the caption
     * @param notesAllowed true when this view is the trainer's only screen (no presenter view beside it)
     */
    public ProjectorViewModel(GuidePresentation presentation, GuideShelf shelf, Locale locale, int width,
            int height, boolean notesAllowed) {
        this.presentation = presentation;
        this.notesAllowed = notesAllowed;
        this.locale = locale;
        this.picture = new IllustrationSlot(shelf.illustrations(), shelf.runner(), Math.max(1, width),
                Math.max(1, height * 4 / 5));
        presentation.guideProperty().addListener(onGuide);
        presentation.stepIndexProperty().addListener(onStep);
        stepChanged();
    }

    /** The 1-based number of the step projected. */
    public ReadOnlyIntegerProperty stepNumberProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** True when this is the trainer's only screen: the notes can be shown and the hint names N. */
    public boolean notesAllowed() {
        return notesAllowed;
    }

    /** True while the notes panel (key points, common mistakes) is shown; never on a second display. */
    public ReadOnlyBooleanProperty notesShownProperty() {
        return notesShown.getReadOnlyProperty();
    }

    /** Shows or hides the notes panel; does nothing on a projector beside a presenter view. */
    public void toggleNotes() {
        if (notesAllowed) {
            notesShown.set(!notesShown.get());
        }
    }

    public ObservableList<String> keyPoints() {
        return keyPoints;
    }

    public ObservableList<String> mistakes() {
        return mistakes;
    }

    public ReadOnlyBooleanProperty blackoutProperty() {
        return presentation.blackoutProperty();
    }

    public IllustrationSlot picture() {
        return picture;
    }

    /** Stops following the presentation (when trainer mode ends). */
    public void close() {
        presentation.guideProperty().removeListener(onGuide);
        presentation.stepIndexProperty().removeListener(onStep);
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

    public void toggleBlackout() {
        presentation.toggleBlackout();
    }

    private void stepChanged() {
        GuideStep step = presentation.currentStep().orElse(null);
        stepNumber.set(step == null ? 0 : step.number());
        caption.set(step == null ? "" : step.caption().in(locale));
        keyPoints.setAll(step == null ? List.of() : step.keyPoints().in(locale));
        mistakes.setAll(step == null ? List.of() : step.mistakes().in(locale));
        picture.show(presentation.guide(), step);
    }
}
