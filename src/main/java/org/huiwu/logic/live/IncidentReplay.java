package org.huiwu.logic.live;

import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.persistence.IncidentDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a queued next version of an incident (decision 0038): the incident's log is append-only, so a version is
 * never lost. One the server has already (same time, author and kind of change: its commit arrived, the answer did
 * not) is not stored again; one whose number another laptop took during the outage is numbered after the versions
 * stored now and stored as the incident's latest, the other laptop's version staying in the history before it.
 * Renumbered, it never moves the incident back (decision 0041): when the stored incident is further along (a later
 * status, or voided) than the version made here, the version is stored with its other fields as made but the
 * status, its times and the void as the other laptop left them; that is logged and counted as kept elsewhere.
 * Its other fields are merged field by field against the incident as this laptop saw it (decision 0043,
 * {@link IncidentMerge}): a field only the other laptop corrected keeps theirs, a field both changed keeps theirs,
 * logged and counted. Every version stays in the history. Stateless; call off the FX thread.
 */
final class IncidentReplay {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentReplay.class);

    private IncidentReplay() {
    }

    /**
     * Stores the queued version; returns whether the other laptop's further status (or void), or a field it
     * corrected that this laptop changed too, was kept over it. {@code seen} is the incident as this laptop showed it
     * when the version was made (decision 0043), null when not known.
     */
    static boolean version(IncidentDao incidents, IncidentVersion version, Incident seen) {
        return RenumberedAppend.append(version, incidents.history(version.incident().id()),
                v -> new RenumberedAppend.Change(v.changedAt(), v.changedBy(), v.kind()), incidents::change, taken -> {
                    Incident stored = incidents.find(version.incident().id()).orElseThrow(() -> taken);
                    LOG.info("Queued version {} of incident {} taken by another laptop meanwhile: stored as version {}",
                            version.number(), version.incident().id(), stored.version() + 1);
                    IncidentMerge.Merged merged = IncidentMerge.merge(seen != null ? seen
                            : before(incidents, version), version.incident(), stored);
                    if (!merged.clashes().isEmpty()) {
                        LOG.warn("Queued version of incident {}: {} corrected on another laptop meanwhile; theirs is"
                                + " kept", stored.id(), merged.clashes());
                    }
                    Incident mine = notBack(merged.incident(), stored);
                    if (!mine.equals(merged.incident())) {
                        LOG.warn("Queued version of incident {} set {}{}; another laptop had moved it to {}{} meanwhile,"
                                + " which is kept", stored.id(), version.incident().status(),
                                version.incident().voided() ? " (voided)" : "", stored.status(),
                                stored.voided() ? " (voided)" : "");
                    }
                    return new RenumberedAppend.Rebased<>(new IncidentVersion(mine.atVersion(stored.version() + 1),
                            version.changedAt(), version.changedBy(), version.kind()),
                            !merged.clashes().isEmpty() || !mine.equals(merged.incident()));
                });
    }

    /** The version before {@code version} in the stored log (what it was made over, when not known otherwise). */
    private static Incident before(IncidentDao incidents, IncidentVersion version) {
        return incidents.history(version.incident().id()).stream()
                .filter(v -> v.incident().version() == version.incident().version() - 1).map(IncidentVersion::incident)
                .findFirst().orElse(version.incident());
    }

    /**
     * {@code mine} with the status (and its times) and the void of {@code stored} where those are further along:
     * a version made before the other laptop's never moves the incident back.
     */
    static Incident notBack(Incident mine, Incident stored) {
        Incident shown = mine;
        if (stored.status().ordinal() > mine.status().ordinal()) {
            shown = new Incident(mine.id(), mine.meetingId(), mine.type(), mine.occurredAt(), mine.location(),
                    mine.seatKey(), mine.severity(), mine.description(), stored.status(), mine.procedureId(),
                    mine.procedureVersion(), mine.reportedBy(), stored.handlingAt(), stored.resolvedAt(),
                    stored.closedAt(), mine.voided(), mine.voidReason(), mine.version());
        }
        return stored.voided() && !shown.voided() ? shown.asVoided(stored.voidReason()) : shown;
    }
}
