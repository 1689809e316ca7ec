package org.huiwu.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.huiwu.logic.settings.Preferences.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A disabled primary (accent) or default button must not look enabled, in the light and the dim theme: rendered
 * with the app's stylesheets, its fill carries no accent colour (it is grey), while the enabled one
 * keeps the accent. In the dim theme an enabled default button wears the theme's warm accent, not Modena's
 * light blue.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DisabledAccentTest {

    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aDisabledAccentButtonIsGreyAndAnEnabledOneIsNot(Theme theme, FxRobot robot) {
        Button enabled = new Button("开始本轮");
        Button disabled = new Button("开始本轮");
        enabled.getStyleClass().add("accent");
        disabled.getStyleClass().add("accent");
        disabled.setDisable(true);
        robot.interact(() -> {
            Scene scene = new Scene(new HBox(20, enabled, disabled), 400, 100);
            Themes.apply(scene, theme);
            stage.setScene(scene);
            stage.show();
        });

        double[] saturation = new double[2];
        robot.interact(() -> {
            saturation[0] = fill(enabled).getSaturation();
            saturation[1] = fill(disabled).getSaturation();
        });

        assertThat(saturation[0]).as("the enabled accent button").isGreaterThan(0.4);
        assertThat(saturation[1]).as("the disabled accent button").isLessThan(0.15);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aDisabledDefaultButtonIsGrey(Theme theme, FxRobot robot) {
        Button save = new Button("保存");
        save.setDefaultButton(true);
        save.setDisable(true);
        robot.interact(() -> {
            Scene scene = new Scene(new HBox(20, save), 400, 100);
            Themes.apply(scene, theme);
            stage.setScene(scene);
            stage.show();
        });

        double[] saturation = new double[1];
        robot.interact(() -> saturation[0] = fill(save).getSaturation());

        assertThat(saturation[0]).as("the disabled default button").isLessThan(0.15);
    }

    @org.junit.jupiter.api.Test
    void aDefaultButtonInTheDimThemeWearsTheWarmAccentNotModenasBlue(FxRobot robot) {
        Button close = new Button("关闭");
        close.setDefaultButton(true);
        Button accent = new Button("保存");
        accent.getStyleClass().add("accent");
        robot.interact(() -> {
            Scene scene = new Scene(new HBox(20, close, accent), 400, 100);
            Themes.apply(scene, Theme.DIM);
            stage.setScene(scene);
            stage.show();
        });

        Color[] face = new Color[2];
        robot.interact(() -> {
            face[0] = fill(close);
            face[1] = fill(accent);
        });

        assertThat(face[0].getRed()).as("the dim default button is warm (the walk saw a glaring light blue 关闭)")
                .isGreaterThan(face[0].getBlue());
        assertThat(face[0].getHue()).as("the same hue as the accent buttons").isCloseTo(face[1].getHue(),
                org.assertj.core.data.Offset.offset(12.0));
    }

    /** The colour of the button's face, a little inside its left edge at mid-height. */
    private static Color fill(Button button) {
        WritableImage image = button.snapshot(null, null);
        return image.getPixelReader().getColor(6, (int) (image.getHeight() / 2));
    }
}
