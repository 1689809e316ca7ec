package org.huiwu.ui.common;

import org.huiwu.i18n.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;

/**
 * Loads a view's FXML into the view itself ({@code fx:root}), with the view as controller and the
 * current bundle for {@code %key} texts. The FXML file sits beside the view class and has its simple
 * name. Call on the FX thread.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static void load(Object view, I18n i18n) {
        String name = view.getClass().getSimpleName() + ".fxml";
        URL location = view.getClass().getResource(name);
        if (location == null) {
            throw new IllegalStateException("missing FXML " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(location, i18n.bundle());
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + name, e);
        }
    }
}
