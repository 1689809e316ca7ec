package org.huiwu.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.huiwu.AppContext;
import org.huiwu.model.checklists.ChecklistLine;
import org.huiwu.model.checklists.ChecklistPhase;
import org.huiwu.model.checklists.MarkState;
import org.huiwu.model.checklists.MeetingChecklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's service checklist, created once with the meeting. */
class SampleChecklistTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T02:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dataDir;

    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dataDir, CLOCK);
        context.sampleMeeting().ensure();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyBeforeItemIsSettledAndSomeDuringItemsAreDone() {
        MeetingChecklist checklist = context.checklists().current(SampleMeeting.ID);

        assertThat(checklist.settled(ChecklistPhase.BEFORE)).isEqualTo(checklist.total(ChecklistPhase.BEFORE))
                .isEqualTo(12);
        assertThat(checklist.of(ChecklistPhase.BEFORE)).extracting(ChecklistLine::state)
                .containsOnly(MarkState.DONE, MarkState.NOT_APPLICABLE).contains(MarkState.NOT_APPLICABLE);
        assertThat(checklist.settled(ChecklistPhase.DURING)).isEqualTo(3);
        assertThat(checklist.settled(ChecklistPhase.AFTER)).isZero();
        assertThat(checklist.lines()).filteredOn(ChecklistLine::settled)
                .allSatisfy(l -> assertThat(l.latestMark().orElseThrow().markedBy()).isEqualTo("吕佳"));
    }

    @Test
    void askingForTheSampleAgainAddsNoMarks() {
        int marks = context.checklists().history(SampleMeeting.ID).size();

        context.sampleMeeting().ensure();

        assertThat(context.checklists().history(SampleMeeting.ID)).hasSize(marks);
    }
}
