package org.huiwu.ui.guides;

import java.awt.image.BufferedImage;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.huiwu.logic.guides.GuideIllustrations;
import org.huiwu.model.guide.Guide;
import org.huiwu.model.guide.GuideStep;
import org.huiwu.ui.common.TaskRunner;

/**
 * One place on screen that shows a step's illustration at a fixed pixel box: asks for the image to be
 * drawn in the background and publishes it when it arrives, dropping an answer that a later request
 * has overtaken (so a fast key press never shows a stale picture). The image is cleared while loading
 * and stays null when the drawing fails ({@link #failedProperty()}). FX thread only; the drawing runs
 * on the {@link TaskRunner}.
 */
public final class IllustrationSlot {

    private final GuideIllustrations illustrations;
    private final TaskRunner runner;
    private final int width;
    private final int height;
    private final ReadOnlyObjectWrapper<BufferedImage> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private long request;
    private Object shown;

    public IllustrationSlot(GuideIllustrations illustrations, TaskRunner runner, int width, int height) {
        this.illustrations = illustrations;
        this.runner = runner;
        this.width = width;
        this.height = height;
    }

    /** Shows the step's picture, or nothing when {@code step} is null. */
    public void show(Guide guide, GuideStep step) {
        Object wanted = guide == null || step == null ? null : List.of(guide.id(), step.number());
        if (wanted != null && wanted.equals(shown) && image.get() != null) {
            return;
        }
        shown = wanted;
        long mine = ++request;
        image.set(null);
        failed.set(false);
        if (wanted == null) {
            return;
        }
        runner.run(() -> illustrations.render(guide, step, width, height), drawn -> {
            if (mine == request) {
                image.set(drawn);
            }
        }, failure -> {
            if (mine == request) {
                failed.set(true);
            }
        });
    }

    public ReadOnlyObjectProperty<BufferedImage> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
