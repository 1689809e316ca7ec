package org.huiwu.logic.live;

import static java.time.temporal.ChronoUnit.MICROS;

import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.persistence.ConcurrentChangeException;
import org.huiwu.persistence.IncidentDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a queued next version of an incident (decision 0038): the incident's log is append-only, so a version is
 * never lost. One the server has already (same time, author and kind of change: its commit arrived, the answer did
 * not) is not stored again; one whose number another laptop took during the outage is numbered after the versions
 * stored now and stored as the incident's latest, the other laptop's version staying in the history before it.
 * Stateless; call off the FX thread.
 */
final class IncidentReplay {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentReplay.class);
    private static final int ATTEMPTS = 5;

    private IncidentReplay() {
    }

    static void version(IncidentDao incidents, IncidentVersion version) {
        boolean there = incidents.history(version.incident().id()).stream()
                .anyMatch(v -> v.changedAt().truncatedTo(MICROS).equals(version.changedAt().truncatedTo(MICROS))
                        && v.changedBy().equals(version.changedBy()) && v.kind() == version.kind());
        if (there) {
            return;
        }
        IncidentVersion next = version;
        for (int attempt = 1; ; attempt++) {
            try {
                incidents.change(next);
                return;
            } catch (ConcurrentChangeException taken) {
                int stored = incidents.find(version.incident().id()).orElseThrow(() -> taken).version();
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
                LOG.info("Queued version {} of incident {} taken by another laptop meanwhile: stored as version {}",
                        version.number(), version.incident().id(), stored + 1);
                next = new IncidentVersion(version.incident().atVersion(stored + 1), version.changedAt(),
                        version.changedBy(), version.kind());
            }
        }
    }
}
