package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.huiwu.AppContext;
import org.huiwu.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A confirmed save survives the process being killed right after (SIGKILL, no shutdown hooks): a
 * separate JVM saves a meeting through {@link org.huiwu.logic.meetings.MeetingCatalog}, reports it,
 * and is killed; this JVM then opens the same folder and finds the meeting.
 */
class DurabilityTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void meetingSavedBeforeAKillIsFoundAfterwards() throws Exception {
        ChildJvm child = ChildJvm.start(WriteThenWait.class, dataDir, dataDir.resolve("data").toString());
        UUID savedId = UUID.fromString(child.killAfterLine("SAVED ", WAIT_SECONDS));

        try (AppContext context = AppContext.open(dataDir.resolve("data"), Clock.systemUTC())) {
            assertThat(context.meetings().find(savedId)).map(Meeting::title).contains("断电前保存的会议");
            assertThat(context.meetings().find(savedId).orElseThrow().agenda()).hasSize(3);
        }
    }
}
