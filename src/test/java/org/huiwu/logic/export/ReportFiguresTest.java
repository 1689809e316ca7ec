package org.huiwu.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huiwu.AppContext;
import org.huiwu.model.CheckInStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key figures of the sample meeting, read back from its rows on real H2. */
class ReportFiguresTest {

    @TempDir
    Path dir;

    @Test
    void theSampleMeetingsFiguresAddUp() {
        MeetingRecord record;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            record = context.exports(ExportFixture.ZH).record(context.sampleMeeting().ensure());
        }
        ReportFigures figures = ReportFigures.of(record, ExportFixture.ZH);
        assertThat(record.rows("attendee")).hasSize(19);
        assertThat(figures.expected()).as("the 会务组 (staff) member is not expected").isEqualTo(18);
        assertThat(figures.present()).isEqualTo(figures.attendance().getOrDefault(CheckInStatus.ARRIVED, 0)
                + figures.attendance().getOrDefault(CheckInStatus.LATE, 0));
        assertThat(figures.rounds()).isEqualTo(record.rows("service_round").size());
        long pours = record.rows("service_event").stream()
                .filter(e -> "FIRST_POUR".equals(e.get("kind")) || "REFILL".equals(e.get("kind"))).count();
        assertThat(figures.pours()).isEqualTo((int) pours).isPositive();
        TeaTimeline tea = figures.tea();
        assertThat(tea.seats().stream().mapToInt(s -> s.pours().size()).sum()).isEqualTo(figures.pours());
        assertThat(tea.gaps()).hasSize(figures.pours() - tea.seats().size());
        assertThat(tea.timings().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(tea.gaps().size());
        if (!tea.gaps().isEmpty()) {
            assertThat(tea.longestInterval().getAsDouble()).isGreaterThanOrEqualTo(tea.averageInterval().getAsDouble());
            tea.gaps().forEach(g -> assertThat(g.timing()).isEqualTo(g.minutes() > g.planMinutes()
                    ? TeaTimeline.Timing.OVERDUE : g.minutes() >= g.planMinutes() - 3 ? TeaTimeline.Timing.DUE
                    : TeaTimeline.Timing.ON_TIME));
        }
        long skippedOrMissed = record.rows("service_event").stream()
                .filter(e -> "MISSED".equals(e.get("kind")) || "SKIPPED".equals(e.get("kind"))).count();
        assertThat(figures.missedCount()).isEqualTo((int) skippedOrMissed);
        long incidents = record.rows("incident").stream().filter(i -> !Boolean.TRUE.equals(i.get("voided"))).count();
        assertThat(figures.incidentCount()).isEqualTo((int) incidents);
        assertThat(figures.checklistItems()).isEqualTo(record.rows("meeting_checklist_item").size());
        assertThat(figures.followUp().leftItemsNotReturned()).isEqualTo((int) record.rows("left_item").stream()
                .filter(i -> i.get("returned_at") == null).count());
        assertThat(figures.followUp().copiesNotRecovered()).isEqualTo((int) record.rows("document_copy").stream()
                .filter(c -> c.get("recovered_at") == null).count());
        assertThat(figures.survey().forms()).isEqualTo(record.rows("survey_form").size());
    }

    @Test
    void followUpCountsWhatIsStillOpen() {
        MeetingRecord record;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            record = context.exports(ExportFixture.ZH).record(context.sampleMeeting().ensure());
        }
        record.rows("left_item").forEach(i -> i.put("returned_at", null));
        record.rows("incident").forEach(i -> i.put("status", "HANDLING"));
        ReportFigures figures = ReportFigures.of(record, ExportFixture.ZH);
        assertThat(figures.followUp().leftItemsNotReturned()).isEqualTo(record.rows("left_item").size());
        assertThat(figures.followUp().openIncidents()).isEqualTo(figures.incidentCount());
    }

    @Test
    void aBreakIsShadedAndStopsTheRefillClock() {
        MeetingRecord record;
        try (AppContext context = ExportFixture.open(dir.resolve("data"))) {
            record = context.exports(ExportFixture.ZH).record(context.sampleMeeting().ensure());
        }
        TeaTimeline before = ReportFigures.of(record, ExportFixture.ZH).tea();
        TeaTimeline.Gap gap = before.gaps().get(0);
        java.time.Instant pause = gap.from().plusSeconds(120);
        java.time.Instant resume = gap.from().plusSeconds(720);
        List<Map<String, Object>> phases = new ArrayList<>(record.rows("meeting_phase_event"));
        phases.add(phase("PAUSE", pause));
        phases.add(phase("RESUME", resume));
        Map<String, List<Map<String, Object>>> tables = new HashMap<>(record.tables());
        tables.put("meeting_phase_event", phases);
        TeaTimeline after = ReportFigures.of(new MeetingRecord(record.meetingId(), tables), ExportFixture.ZH).tea();
        assertThat(after.breaks()).containsExactly(new TeaTimeline.Span(pause, resume));
        TeaTimeline.Gap paused = after.gaps().get(0);
        assertThat(paused.minutes()).isCloseTo(gap.minutes() - 10, org.assertj.core.data.Offset.offset(0.01));
        if (paused.dueAt() != null) {
            assertThat(paused.dueAt()).as("the seat's clock stood still during the break").isAfter(resume);
        }
    }

    private static Map<String, Object> phase(String phase, java.time.Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", UUID.randomUUID().toString());
        row.put("phase", phase);
        row.put("seat_key", null);
        row.put("occurred_at", at.atOffset(java.time.ZoneOffset.ofHours(8)).toString());
        return row;
    }
}
