package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.huiwu.AppContext;
import org.huiwu.logic.sample.SampleMeeting;
import org.huiwu.model.rounds.ServiceEvent;
import org.huiwu.model.rounds.ServiceEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tap is durable once the seat turns "served": a separate JVM marks a seat served through
 * {@link org.huiwu.logic.rounds.ServiceLog}, reports it, and is killed (SIGKILL, no shutdown hooks);
 * this JVM then opens the same folder and finds the refill.
 */
class ServiceDurabilityTest {

    private static final long WAIT_SECONDS = 90;

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aRefillMarkedBeforeAKillIsFoundAfterwards() throws Exception {
        Path data = workDir.resolve("data");
        ChildJvm child = ChildJvm.start(ServeThenWait.class, workDir, data.toString());
        UUID servedId = UUID.fromString(child.killAfterLine("SERVED ", WAIT_SECONDS));

        try (AppContext context = AppContext.open(data, Clock.systemUTC())) {
            assertThat(context.roundBoard().history(SampleMeeting.ID).events())
                    .filteredOn(e -> e.id().equals(servedId)).singleElement()
                    .extracting(ServiceEvent::kind).isEqualTo(ServiceEventKind.REFILL);
        }
    }
}
