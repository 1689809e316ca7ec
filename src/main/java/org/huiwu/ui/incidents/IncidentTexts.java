package org.huiwu.ui.incidents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.huiwu.i18n.I18n;
import org.huiwu.logic.incidents.AttachmentRejectedException;
import org.huiwu.logic.incidents.IncidentRejectedException;
import org.huiwu.model.incidents.Incident;
import org.huiwu.model.incidents.IncidentVersion;
import org.huiwu.logic.messages.FailureMessages;

/**
 * The incident screens' wording: enum labels (their keys live on the model's enums), times of day in
 * the app clock's zone, one-line descriptions of incidents and versions, and refusals as sentences.
 * Immutable and thread-safe.
 */
public final class IncidentTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final FailureMessages failures;
    private final ZoneId zone;

    public IncidentTexts(I18n i18n, FailureMessages failures, ZoneId zone) {
        this.i18n = i18n;
        this.failures = failures;
        this.zone = zone;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The label behind one of the model's label keys (type, severity, status, change, contact role). */
    public String label(String labelKey) {
        return i18n.get(labelKey);
    }

    /** The time of day, or empty for no time. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** One timeline line: time, type, severity, status, and whether it was voided. */
    public String timelineRow(Incident incident) {
        String row = i18n.format("incident.ui.timelineRow", time(incident.occurredAt()),
                label(incident.type().labelKey()), label(incident.severity().labelKey()),
                label(incident.status().labelKey()));
        return incident.voided() ? i18n.format("incident.ui.voidedRow", row) : row;
    }

    /**
     * One history line: version number, time, kind of change, author and the status at that version; a version
     * stored without a name leaves the author out rather than printing an empty field between two dots.
     */
    public String historyRow(IncidentVersion version) {
        String kind = label(version.kind().labelKey());
        String status = label(version.incident().status().labelKey());
        if (version.changedBy() == null || version.changedBy().isBlank()) {
            return i18n.format("incident.ui.historyRowUnsigned", version.number(), time(version.changedAt()), kind,
                    status);
        }
        return i18n.format("incident.ui.historyRow", version.number(), time(version.changedAt()), kind,
                version.changedBy(), status);
    }

    /** A refusal or failure as one sentence. */
    public String describe(Throwable failure) {
        if (failure instanceof IncidentRejectedException rejected) {
            return i18n.get(rejected.problem().messageKey());
        }
        if (failure instanceof AttachmentRejectedException rejected) {
            return i18n.get(rejected.problem().messageKey());
        }
        return failures.describe(failure);
    }
}
