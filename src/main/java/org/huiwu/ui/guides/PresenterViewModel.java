package org.huiwu.ui.guides;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.huiwu.i18n.I18n;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;

/**
 * The trainer's presenter view on the laptop: the current and the next step with their pictures, the
 * current step's key points and common mistakes as speaker notes, the presentation timer (mm:ss, read
 * from the clock on each {@link #tick()}) and a thumbnail strip of every step. Follows the shared
 * {@link GuidePresentation}, like the projector. FX thread only.
 */
public final class PresenterViewModel {

    /** A step in the thumbnail strip: its 0-based index, its label and its small picture. */
    public record Thumbnail(int index, String label, IllustrationSlot picture) {
    }

    private static final int CURRENT_WIDTH = 800;
    private static final int CURRENT_HEIGHT = 500;
    private static final int NEXT_WIDTH = 400;
    private static final int NEXT_HEIGHT = 250;
    private static final int THUMB_WIDTH = 176;
    private static final int THUMB_HEIGHT = 110;

    private final GuidePresentation presentation;
    private final GuideShelf shelf;
    private final I18n i18n;
    private final Locale locale;
    private final IllustrationSlot currentPicture;
    private final IllustrationSlot nextPicture;
    private final ObservableList<Thumbnail> thumbnails = FXCollections.observableArrayList();
    private final ObservableList<String> keyPoints = FXCollections.observableArrayList();
    private final ObservableList<String> mistakes = FXCollections.observableArrayList();
    private final ChangeListener<Guide> onGuide = (obs, old, guide) -> guideChanged(guide);
    private final ChangeListener<Number> onStep = (obs, old, index) -> stepChanged();
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper(this, "stepNumber");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper(this, "stepText", "");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper nextCaption = new ReadOnlyStringWrapper(this, "nextCaption", "");
    private final ReadOnlyStringWrapper timer = new ReadOnlyStringWrapper(this, "timer", "00:00");

    public PresenterViewModel(GuidePresentation presentation, GuideShelf shelf, I18n i18n) {
        this.presentation = presentation;
        this.shelf = shelf;
        this.i18n = i18n;
        this.locale = i18n.locale();
        this.currentPicture = new IllustrationSlot(shelf.illustrations(), shelf.runner(), CURRENT_WIDTH, CURRENT_HEIGHT);
        this.nextPicture = new IllustrationSlot(shelf.illustrations(), shelf.runner(), NEXT_WIDTH, NEXT_HEIGHT);
        presentation.guideProperty().addListener(onGuide);
        presentation.stepIndexProperty().addListener(onStep);
        guideChanged(presentation.guide());
    }

    /** Reads the clock and updates the timer text; the view calls this from its timeline. */
    public void tick() {
        Duration elapsed = presentation.elapsed();
        timer.set(String.format(Locale.ROOT, "%02d:%02d", elapsed.toMinutes(), elapsed.toSecondsPart()));
    }

    public ReadOnlyStringProperty timerProperty() {
        return timer.getReadOnlyProperty();
    }

    /** The 1-based number of the step on the projector. */
    public ReadOnlyIntegerProperty stepNumberProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** "Next: caption", or a note that this is the last step. */
    public ReadOnlyStringProperty nextCaptionProperty() {
        return nextCaption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blackoutProperty() {
        return presentation.blackoutProperty();
    }

    public ObservableList<String> keyPoints() {
        return keyPoints;
    }

    public ObservableList<String> mistakes() {
        return mistakes;
    }

    public ObservableList<Thumbnail> thumbnails() {
        return thumbnails;
    }

    public IllustrationSlot currentPicture() {
        return currentPicture;
    }

    public IllustrationSlot nextPicture() {
        return nextPicture;
    }

    public int stepIndex() {
        return presentation.stepIndex();
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

    public void jumpTo(int index) {
        presentation.jumpTo(index);
    }

    public void toggleBlackout() {
        presentation.toggleBlackout();
    }

    private void guideChanged(Guide guide) {
        title.set(guide == null ? "" : guide.title().in(locale));
        List<GuideStep> steps = guide == null ? List.of() : guide.steps();
        thumbnails.setAll(IntStream.range(0, steps.size()).mapToObj(i -> {
            IllustrationSlot slot = new IllustrationSlot(shelf.illustrations(), shelf.runner(), THUMB_WIDTH,
                    THUMB_HEIGHT);
            slot.show(guide, steps.get(i));
            return new Thumbnail(i, String.valueOf(steps.get(i).number()), slot);
        }).toList());
        stepChanged();
    }

    private void stepChanged() {
        Guide guide = presentation.guide();
        GuideStep step = presentation.currentStep().orElse(null);
        GuideStep following = presentation.nextStep().orElse(null);
        stepNumber.set(step == null ? 0 : step.number());
        caption.set(step == null ? "" : step.caption().in(locale));
        stepText.set(step == null ? "" : i18n.format("guides.step.position", step.number(), presentation.stepCount()));
        nextCaption.set(following == null ? i18n.get("guides.presenter.lastStep")
                : i18n.format("guides.presenter.next", following.caption().in(locale)));
        keyPoints.setAll(step == null ? List.of() : step.keyPoints().in(locale));
        mistakes.setAll(step == null ? List.of() : step.mistakes().in(locale));
        currentPicture.show(guide, step);
        nextPicture.show(guide, following);
    }
}
