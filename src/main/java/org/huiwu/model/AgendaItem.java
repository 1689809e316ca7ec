package org.huiwu.model;

import java.time.LocalTime;
import java.util.Objects;

/** One item of a meeting's agenda (会议议程), kept in the meeting's order. */
public record AgendaItem(LocalTime time, String title, String speaker) {
    public AgendaItem {
        Objects.requireNonNull(title, "title");
        speaker = speaker == null ? "" : speaker;
    }
}
