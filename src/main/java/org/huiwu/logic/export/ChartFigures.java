package org.huiwu.logic.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.huiwu.i18n.I18n;

/**
 * What the on-screen charts of one meeting show: the report's own {@link ReportFigures} (the tea timeline,
 * the survey summary…) and the served seats' names as people say them, in the timeline's seat order. The
 * screens draw these figures as they are, so the window and the PDF report cannot disagree. Immutable;
 * thread-safe.
 *
 * @param seatNames per served seat's key its name, in the timeline's order
 */
public record ChartFigures(ReportFigures figures, Map<String, String> seatNames) {

    public ChartFigures {
        seatNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(seatNames));
    }

    /** Computes the figures from the meeting's rows, as the report does. Pure; call off the FX thread. */
    public static ChartFigures of(MeetingRecord record, I18n i18n) {
        ReportFigures figures = ReportFigures.of(record, i18n);
        SeatNames names = new SeatNames(record, i18n);
        Map<String, String> seats = new LinkedHashMap<>();
        figures.tea().seats().forEach(seat -> seats.put(seat.seatKey(), names.of(seat.seatKey())));
        return new ChartFigures(figures, seats);
    }

    /** The seat's name, or its key when the timeline does not name it. */
    public String seatName(String seatKey) {
        return seatNames.getOrDefault(seatKey, seatKey);
    }
}
