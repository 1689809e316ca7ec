package org.huiwu.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.huiwu.AppContext;
import org.huiwu.logic.incidents.IncidentFilter;
import org.huiwu.model.incidents.ChangeKind;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentStatus;
import org.huiwu.model.incidents.IncidentType;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.model.incidents.LeftItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's incidents and left item, created once with the meeting. */
class SampleIncidentsTest {

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
    void sampleHasAResolvedMicrophoneFailureAndAnOpenIncident() {
        List<Incident> incidents = context.incidents().log().timeline(SampleMeeting.ID, IncidentFilter.all());

        assertThat(incidents).extracting(Incident::status)
                .containsExactly(IncidentStatus.RESOLVED, IncidentStatus.OPEN);
        Incident microphone = incidents.get(0);
        assertThat(microphone.type()).isEqualTo(IncidentType.AUDIO_FAILURE);
        assertThat(context.incidents().checklists().of(microphone.id()).lines())
                .filteredOn(line -> line.done()).hasSize(3);
        assertThat(context.incidents().log().history(microphone.id())).extracting(IncidentVersion::kind)
                .contains(ChangeKind.CREATED, ChangeKind.EDITED);
        assertThat(context.incidents().log().counts(SampleMeeting.ID).unresolved()).isEqualTo(1);
    }

    @Test
    void sampleHasAnUmbrellaNotYetReturnedAndEnsuringAgainAddsNothing() {
        context.sampleMeeting().ensure();

        List<LeftItem> open = context.incidents().leftItems().openItems(SampleMeeting.ID);
        assertThat(open).singleElement().satisfies(item -> {
            assertThat(item.what()).isEqualTo("黑色雨伞");
            assertThat(item.seatKey()).endsWith("/2/3");
        });
        assertThat(context.incidents().log().timeline(SampleMeeting.ID, IncidentFilter.all())).hasSize(2);
    }
}
