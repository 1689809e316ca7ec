package org.huiwu.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.huiwu.model.Meeting;
import org.huiwu.ui.common.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's status line belongs to the meeting it was written for. */
class MainWindowViewModelTest {

    @TempDir
    Path dataDir;

    private ViewModelFixture fx;

    @BeforeEach
    void open() {
        fx = new ViewModelFixture(dataDir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aStatusMessageOfOneMeetingIsNotShownOnAnother() {
        MainWindowViewModel window = new MainWindowViewModel(fx.state, fx.i18n, dataDir);
        Meeting first = fx.context.meetings().save(fx.context.meetings().draft("First"));
        Meeting second = fx.context.meetings().save(fx.context.meetings().draft("Second"));
        fx.state.currentMeetingProperty().set(first);
        fx.state.statusProperty().set("Saved: First");

        fx.state.currentMeetingProperty().set(first.withTitleAndDate("First, renamed", first.date()));
        assertThat(window.status().get()).isEqualTo("Saved: First");

        fx.state.currentMeetingProperty().set(second);
        assertThat(window.status().get()).isEmpty();
    }
}
