package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.huiwu.AppContext;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reported incident survives the process being killed right after (SIGKILL, no shutdown hooks): a
 * separate JVM reports an incident and ticks a step through the incident desk, says so, and is killed;
 * this JVM then opens the same folder and finds both.
 */
class IncidentDurabilityTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void incidentReportedBeforeAKillIsFoundAfterwards() throws Exception {
        ChildJvm child = ChildJvm.start(ReportIncidentThenWait.class, dataDir, dataDir.resolve("data").toString());
        UUID savedId = UUID.fromString(child.killAfterLine("SAVED ", WAIT_SECONDS));

        try (AppContext context = AppContext.open(dataDir.resolve("data"), Clock.systemUTC())) {
            Incident found = context.incidents().log().find(savedId).orElseThrow();
            assertThat(found.type()).isEqualTo(IncidentType.MEDICAL_EMERGENCY);
            assertThat(found.description()).isEqualTo("断电前登记的事件");
            assertThat(context.incidents().log().history(savedId)).hasSize(2);
            assertThat(context.incidents().checklists().of(savedId).lines().get(0).done()).isTrue();
        }
    }
}
