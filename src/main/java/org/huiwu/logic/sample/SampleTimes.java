package org.huiwu.logic.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When the sample meeting happens, so that its details, its tea history, its incidents and its venue booking tell
 * one story whatever the hour it is made: dated today by the clock, it started {@value #STARTED_MINUTES_AGO}
 * minutes before the clock's instant (on the five minutes before), when its tea history begins; it runs
 * {@value #LENGTH_MINUTES} minutes and its agenda items follow at fixed offsets. It never runs past midnight: one
 * that would ends at 23:59 and keeps only the agenda items before that. Made in the first minutes after midnight,
 * it starts at 00:00 and its tea history began a little before. Immutable.
 */
record SampleTimes(LocalDate date, LocalTime start, LocalTime end, Instant teaSince) {

    static final int STARTED_MINUTES_AGO = 50;
    static final int LENGTH_MINUTES = 150;
    /** Minutes after the start at which the agenda items begin, in the agenda's order. */
    static final List<Integer> AGENDA_OFFSETS = List.of(0, 30, 75, 120);

    static SampleTimes at(Clock clock) {
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        ZonedDateTime started = now.minus(Duration.ofMinutes(STARTED_MINUTES_AGO)).truncatedTo(ChronoUnit.MINUTES);
        started = started.minusMinutes(started.getMinute() % 5);
        LocalDate today = now.toLocalDate();
        LocalTime start = started.toLocalDate().equals(today) ? started.toLocalTime() : LocalTime.MIDNIGHT;
        LocalDateTime planned = today.atTime(start).plusMinutes(LENGTH_MINUTES);
        LocalTime end = planned.toLocalDate().equals(today) ? planned.toLocalTime() : LocalTime.of(23, 59);
        return new SampleTimes(today, start, end, started.toInstant());
    }

    /** The start of the agenda item at {@code index}, or null when it would begin after the meeting's end. */
    LocalTime agendaItem(int index) {
        LocalDateTime at = date.atTime(start).plusMinutes(AGENDA_OFFSETS.get(index));
        return at.toLocalDate().equals(date) && at.toLocalTime().isBefore(end) ? at.toLocalTime() : null;
    }
}
