package org.huiwu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.huiwu.model.staff.VenueLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last login's proof kept in the outbox file (decision 0047) on a real H2 file: the right password matches, a
 * wrong one does not, and a row changed in the file (rounds made huge or tiny, a cut hash) counts as nothing kept,
 * so it neither holds the start nor lets a weaker proof in.
 */
class ServerLoginsTest {

    private static final String ORIGIN = "lijia@jdbc:postgresql://127.0.0.1:5432/huiwu";

    @TempDir
    Path dataDir;

    @Test
    void theKeptProofTellsTheRightPasswordFromAWrongOne() {
        try (LocalOutbox outbox = LocalOutbox.open(dataDir)) {
            ServerLogins.note(outbox, ORIGIN, ServerLogins.Proof.of("会务2026"), new VenueLogin("lijia", "李佳", false));

            assertThat(ServerLogins.check(outbox, ORIGIN, "会务2026")).isEqualTo(ServerLogins.Verdict.RIGHT);
            assertThat(ServerLogins.check(outbox, ORIGIN, "会务2025")).isEqualTo(ServerLogins.Verdict.WRONG);
            assertThat(ServerLogins.check(outbox, "other@" + ORIGIN, "会务2026")).isEqualTo(ServerLogins.Verdict.NONE);
        }
    }

    @Test
    void aProofChangedInTheFileCountsAsNothingKept() {
        try (LocalOutbox outbox = LocalOutbox.open(dataDir)) {
            ServerLogins.note(outbox, ORIGIN, ServerLogins.Proof.of("会务2026"), new VenueLogin("lijia", "李佳", false));

            change(outbox, "UPDATE server_login SET iterations = 2000000000");
            assertThat(ServerLogins.check(outbox, ORIGIN, "会务2026")).isEqualTo(ServerLogins.Verdict.NONE);
            change(outbox, "UPDATE server_login SET iterations = 1");
            assertThat(ServerLogins.check(outbox, ORIGIN, "会务2026")).isEqualTo(ServerLogins.Verdict.NONE);
            change(outbox, "UPDATE server_login SET iterations = " + ServerLogins.ITERATIONS + ", hash = X'00'");
            assertThat(ServerLogins.check(outbox, ORIGIN, "会务2026")).isEqualTo(ServerLogins.Verdict.NONE);
        }
    }

    private static void change(LocalOutbox outbox, String sql) {
        outbox.jdbi().useHandle(handle -> handle.execute(sql));
    }
}
