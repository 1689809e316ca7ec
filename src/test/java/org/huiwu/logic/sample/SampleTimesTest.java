package org.huiwu.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** {@link SampleTimes}: the sample meeting is under way at whatever hour it is made, and never crosses midnight. */
class SampleTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static SampleTimes at(String localDateTime) {
        return SampleTimes.at(Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant(),
                SHANGHAI));
    }

    private static java.util.List<LocalTime> agenda(SampleTimes times) {
        return IntStream.range(0, SampleTimes.AGENDA_OFFSETS.size()).mapToObj(times::agendaItem)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void inTheMorningItStartedFiftyMinutesAgoWithItsTeaHistory() {
        SampleTimes times = at("2026-12-08T10:00:00");

        assertThat(times.date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(times.start()).isEqualTo(LocalTime.of(9, 10));
        assertThat(times.end()).isEqualTo(LocalTime.of(11, 40));
        assertThat(times.teaSince()).isEqualTo(Instant.parse("2026-12-08T01:10:00Z"));
        assertThat(agenda(times)).containsExactly(LocalTime.of(9, 10), LocalTime.of(9, 40), LocalTime.of(10, 25),
                LocalTime.of(11, 10));
    }

    @Test
    void inTheEveningItIsTheEveningsMeetingStartingOnTheFiveMinutes() {
        SampleTimes times = at("2026-12-08T20:03:41");

        assertThat(times.start()).isEqualTo(LocalTime.of(19, 10));
        assertThat(times.end()).isEqualTo(LocalTime.of(21, 40));
        assertThat(times.teaSince()).isEqualTo(times.date().atTime(times.start()).atZone(SHANGHAI).toInstant());
    }

    @Test
    void lateAtNightItEndsAtMidnightWithTheAgendaThatFits() {
        SampleTimes times = at("2026-12-08T23:30:00");

        assertThat(times.start()).isEqualTo(LocalTime.of(22, 40));
        assertThat(times.end()).isEqualTo(LocalTime.of(23, 59));
        assertThat(agenda(times)).containsExactly(LocalTime.of(22, 40), LocalTime.of(23, 10), LocalTime.of(23, 55));
    }

    @Test
    void justAfterMidnightItIsTodaysMeetingFromMidnightWithTeaSinceBefore() {
        SampleTimes times = at("2026-12-08T00:30:00");

        assertThat(times.date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(times.start()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(times.end()).isEqualTo(LocalTime.of(2, 30));
        assertThat(times.teaSince()).isEqualTo(Instant.parse("2026-12-07T15:40:00Z"));
    }
}
