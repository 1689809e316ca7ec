package org.huiwu.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.i18n.I18n;
import org.huiwu.logic.messages.FailureMessages;
import org.huiwu.logic.rounds.ServiceSummary;
import org.huiwu.model.Meeting;
import org.huiwu.model.rounds.Consumables;
import org.huiwu.persistence.Database;
import org.huiwu.ui.common.AppState;
import org.huiwu.ui.common.ImmediateTaskRunner;
import org.huiwu.ui.common.MovableClock;
import org.huiwu.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumables typed beside the tea board are stored without 保存用量: on a tab change, on a meeting change (for
 * the meeting they were typed for) and when committed; counts read from the store are not written back. Real H2.
 */
class RoundSummaryCommitTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private final AppState state = new AppState();
    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private RoundSummaryViewModel summary;
    private Meeting meeting;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, new MovableClock(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        meeting = context.meetings().save(context.meetings().draft("茶水测试"));
        I18n i18n = new I18n(Locale.ENGLISH);
        RoundServices services = new RoundServices(context.roundBoard(), context.routeOrder(), context.serviceLog(),
                context.servicePlans(), context.seatPlans(), context.roster(), context.roundLabels(), new ScriptedDialogs(),
                new FailureMessages(i18n, Database::problemOf));
        summary = new RoundSummaryViewModel(services, state, runner, i18n);
        state.currentMeetingProperty().set(meeting);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aCountTypedIsStoredOnATabChange() {
        summary.cupsProperty().set(20);

        state.show("attendeesTab");

        assertThat(entered(meeting.id()).cups()).isEqualTo(20);
    }

    @Test
    void aCountTypedIsStoredForItsMeetingWhenAnotherMeetingIsOpened() {
        summary.towelsProperty().set(7);

        Meeting other = context.meetings().save(context.meetings().draft("另一会议"));
        state.currentMeetingProperty().set(other);

        assertThat(entered(meeting.id()).towels()).isEqualTo(7);
        assertThat(entered(other.id()).towels()).isZero();
        assertThat(summary.towelsProperty().get()).isZero();
    }

    @Test
    void nothingTypedWritesNothing() {
        int before = runner.jobs();

        summary.commitConsumables();
        state.show("attendeesTab");

        assertThat(runner.jobs()).isEqualTo(before);
    }

    private Consumables entered(UUID meetingId) {
        return ServiceSummary.of(context.roundBoard().history(meetingId)).entered();
    }
}
