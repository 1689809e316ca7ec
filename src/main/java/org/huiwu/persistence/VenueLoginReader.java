package org.huiwu.persistence;

import java.util.Optional;

import org.huiwu.model.StorageProblem;
import org.huiwu.model.staff.VenueLogin;
import org.jdbi.v3.core.Jdbi;

/**
 * Who a venue-server store is logged in as, in the server's own words (decision 0037): read from the server each
 * time, and while the server cannot be reached the last answer it gave (the login of an open store does not
 * change), so the tea board still opens on the attendant's zone during an outage. Thread-safe; off the FX thread.
 */
final class VenueLoginReader {

    /** The login the server last answered; null before the first answer. */
    private volatile VenueLogin last;

    /** Answers {@code login} while the server cannot be reached and gave none yet (an offline start, decision 0047). */
    void remember(VenueLogin login) {
        last = login;
    }

    /** The login, read from the server over {@code jdbi}, or the last answer while the server is unreachable. */
    Optional<VenueLogin> read(Jdbi jdbi) {
        try {
            last = ServerStore.login(jdbi);
        } catch (RuntimeException e) {
            if (last == null || StorageProblems.of(e).orElse(null) != StorageProblem.SERVER_UNREACHABLE) {
                throw e;
            }
        }
        return Optional.of(last);
    }
}
