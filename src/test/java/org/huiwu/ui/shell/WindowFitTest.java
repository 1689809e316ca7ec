package org.huiwu.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window fits the laptop it opens on (found on the session-7 walk: on a 1366×700 usable area the
 * 1280×720 window opened with its title bar above the screen, at y = −7).
 */
@Tag("ui")
class WindowFitTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 700);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theDesignedSizeIsKeptWhereItFitsAndShrunkWhereItDoesNot() {
        assertThat(WindowFit.contentSize(1280, 720, new Rectangle2D(0, 0, 1920, 1040)))
                .isEqualTo(new Dimension2D(1280, 720));
        Dimension2D onLaptop = WindowFit.contentSize(1280, 720, LAPTOP);
        assertThat(onLaptop.getWidth()).isEqualTo(1280);
        assertThat(onLaptop.getHeight() + WindowFit.TITLE_BAR).as("content and title bar within 700").isLessThanOrEqualTo(700);
    }

    @Test
    void aWindowReachingPastTheScreenIsMovedAndShrunkIntoIt() throws Exception {
        double[] placed = new double[4];
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setX(40);
            stage.setY(-7);
            stage.setWidth(1400);
            stage.setHeight(752);
            WindowFit.placeInside(stage, LAPTOP);
            placed[0] = stage.getX();
            placed[1] = stage.getY();
            placed[2] = stage.getWidth();
            placed[3] = stage.getHeight();
        }).get();

        assertThat(placed).containsExactly(0, 0, 1366, 700);
    }
}
