package org.huiwu.ui.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.staff.VenueLogin;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.Attendant;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor's override on the flow tab follows the venue login (decision 0037): an attendant's login on a venue
 * server bars it with the reason in the user's language, a supervisor's does not, and on the laptop's own H2 file
 * (no login) nothing is barred. Real H2 for the flow; the login is stood in for (the server's answer is
 * {@code VenueRolesTest}'s).
 */
class OverrideGateTest {

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private AppContext context;

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anAttendantsLoginIsBarredWithTheReasonASupervisorsAndTheOwnFileAreNot() {
        AtomicReference<Optional<VenueLogin>> login = new AtomicReference<>(Optional.empty());
        FlowViewModel zh = flow(Locale.SIMPLIFIED_CHINESE, login);
        assertThat(zh.overrideGate().barredProperty().get()).as("own H2 file: no login").isFalse();

        login.set(Optional.of(new VenueLogin("zhang_min", "张敏", false)));
        zh.reload();
        assertThat(zh.overrideGate().barredProperty().get()).isTrue();
        assertThat(zh.overrideGate().reasonProperty().get()).contains("张敏", "主管");

        login.set(Optional.of(new VenueLogin("li_ling", "李玲", true)));
        zh.reload();
        assertThat(zh.overrideGate().barredProperty().get()).isFalse();
        assertThat(zh.overrideGate().reasonProperty().get()).isEmpty();

        login.set(Optional.of(new VenueLogin("zhang_min", "张敏", false)));
        FlowViewModel en = flow(Locale.ENGLISH, login);
        assertThat(en.overrideGate().reasonProperty().get()).startsWith("Only a supervisor's login").contains("张敏");
    }

    @Test
    void aFailedReadOfTheLoginBarsNothing() {
        FlowViewModel model = flow(Locale.ENGLISH, null);
        model.readVenueLogin(() -> {
            throw new IllegalStateException("server unreachable");
        });
        model.reload();
        assertThat(model.overrideGate().barredProperty().get()).isFalse();
    }

    private FlowViewModel flow(Locale locale, AtomicReference<Optional<VenueLogin>> login) {
        if (context == null) {
            context = AppContext.open(dataDir, clock);
            context.sampleMeeting().ensure();
        }
        I18n i18n = new I18n(locale);
        ImmediateTaskRunner runner = new ImmediateTaskRunner();
        AppState state = new AppState();
        Attendant attendant = Attendant.remembered(context.preferences(), runner);
        FlowTexts texts = new FlowTexts(i18n, new FailureMessages(i18n, Database::problemOf), clock.getZone());
        FlowViewModel model = new FlowViewModel(context.meetingFlows(), context.checklists(), state, attendant, runner,
                texts);
        if (login != null) {
            model.readVenueLogin(login::get);
        }
        model.activeProperty().set(true);
        state.currentMeetingProperty().set(context.meetings().find(SampleMeeting.ID).orElseThrow());
        return model;
    }
}
