package org.huiwu.ui.common;

import javafx.scene.Scene;

import org.huiwu.logic.settings.Preferences.Theme;

/**
 * Applies a theme to a scene: the token stylesheet of the theme (light or dim) followed by the app's
 * shared stylesheet, which only uses the tokens. FX thread only.
 */
public final class Themes {

    private Themes() {
    }

    public static void apply(Scene scene, Theme theme) {
        String tokens = switch (theme) {
            case LIGHT -> "theme-light.css";
            case DIM -> "theme-dim.css";
        };
        scene.getStylesheets().setAll(
                Themes.class.getResource(tokens).toExternalForm(),
                Themes.class.getResource("app.css").toExternalForm());
    }
}
