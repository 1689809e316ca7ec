package org.huiwu.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.huiwu.AppContext;
import org.huiwu.model.Attendee;
import org.huiwu.model.AttendeeRole;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SampleMeeting} through a real {@link AppContext}: created once, dated today, realistic content. */
class SampleMeetingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, CLOCK);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void ensureCreatesTheSampleMeetingDatedTodayByTheClock() {
        assertThat(context.sampleMeeting().ensure()).isEqualTo(SampleMeeting.ID);

        Meeting sample = context.meetings().find(SampleMeeting.ID).orElseThrow();
        assertThat(sample.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(sample.title()).isNotBlank();
    }

    @Test
    void secondEnsureReturnsTheSameIdWithoutDuplicatingAnything() {
        context.sampleMeeting().ensure();
        List<Attendee> first = context.roster().list(SampleMeeting.ID);

        assertThat(context.sampleMeeting().ensure()).isEqualTo(SampleMeeting.ID);

        assertThat(context.meetings().list()).hasSize(1);
        assertThat(context.roster().list(SampleMeeting.ID)).containsExactlyElementsOf(first);
    }

    @Test
    void ensureAfterReopeningTheFolderStillFindsTheOneSample() {
        context.sampleMeeting().ensure();
        int attendees = context.roster().list(SampleMeeting.ID).size();
        context.close();

        context = AppContext.open(dataDir, CLOCK);

        assertThat(context.sampleMeeting().ensure()).isEqualTo(SampleMeeting.ID);
        assertThat(context.roster().list(SampleMeeting.ID)).hasSize(attendees);
    }

    @Test
    void sampleHasAnAgendaAndAtLeastSevenLeadersInPrecedenceOrder() {
        context.sampleMeeting().ensure();

        Meeting sample = context.meetings().find(SampleMeeting.ID).orElseThrow();
        List<Attendee> attendees = context.roster().list(SampleMeeting.ID);
        assertThat(sample.agenda()).isNotEmpty();
        assertThat(attendees.stream().filter(a -> a.role() == AttendeeRole.LEADER)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(attendees).extracting(Attendee::rank).isSorted().doesNotHaveDuplicates();
        assertThat(attendees.get(0).role()).isEqualTo(AttendeeRole.LEADER);
        // 预计人数 is the list's 应到: the service staff on the list are not expected (decision 0042)
        assertThat(sample.expectedAttendees()).isEqualTo(attendees.stream()
                .filter(a -> org.huiwu.logic.attendees.Attendance.isExpected(a.role())).count()).isLessThan(attendees.size());
    }

    @Test
    void sampleSurvivesAUserEditAndIsNotRecreated() {
        context.sampleMeeting().ensure();
        Meeting sample = context.meetings().find(SampleMeeting.ID).orElseThrow();
        context.meetings().save(sample.withTitleAndDate("我改过的示例会议", sample.date()));

        context.sampleMeeting().ensure();

        assertThat(context.meetings().find(SampleMeeting.ID)).map(Meeting::title).contains("我改过的示例会议");
    }
}
