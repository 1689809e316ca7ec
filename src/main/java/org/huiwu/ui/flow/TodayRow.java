package org.huiwu.ui.flow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.flow.MeetingFlows;
import org.huiwu.logic.meetings.MeetingCatalog;
import org.huiwu.model.Meeting;
import org.huiwu.model.flow.Stage;

/**
 * One of today's meetings on the venue screen: its room, times, title and stage. Immutable; {@link #of}
 * reads storage, so it runs off the FX thread.
 */
public record TodayRow(String room, String times, String title, String stage) {

    /** The meetings held on {@code day}, by room and start time, each with its stage named in {@code i18n}'s language. */
    static List<TodayRow> of(MeetingCatalog meetings, MeetingFlows flows, I18n i18n, LocalDate day) {
        Map<UUID, Stage> stages = flows.stages();
        return meetings.list().stream().filter(m -> m.date().equals(day))
                .sorted(Comparator.comparing(Meeting::venue).thenComparing(m -> m.startTime() == null ? LocalTime.MIN
                        : m.startTime()))
                .map(m -> new TodayRow(m.venue(), (m.startTime() == null ? "" : m.startTime().toString())
                        + (m.plannedEndTime() == null ? "" : "–" + m.plannedEndTime()), m.title(),
                        i18n.get(stages.getOrDefault(m.id(), Stage.BOOKING).labelKey()))).toList();
    }
}
