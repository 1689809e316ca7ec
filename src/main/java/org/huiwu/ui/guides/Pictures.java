package org.huiwu.ui.guides;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/**
 * Shows an {@link IllustrationSlot}'s picture in an {@link ImageView}: converts each image as it
 * arrives and, when given a holder, scales the picture to fit the holder keeping its proportions.
 * FX thread only.
 */
final class Pictures {

    private Pictures() {
    }

    /** Shows the slot's picture in {@code view} from now on. */
    static void show(IllustrationSlot slot, ImageView view) {
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setImage(slot.imageProperty().get() == null ? null
                : SwingFXUtils.toFXImage(slot.imageProperty().get(), null));
        slot.imageProperty().addListener((obs, old, image) ->
                view.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null)));
    }

    /** Like {@link #show}, and keeps the picture as large as {@code holder} allows. */
    static void fit(IllustrationSlot slot, ImageView view, Region holder) {
        show(slot, view);
        holder.setMinSize(0, 0);
        view.fitWidthProperty().bind(holder.widthProperty().subtract(8));
        view.fitHeightProperty().bind(holder.heightProperty().subtract(8));
    }
}
