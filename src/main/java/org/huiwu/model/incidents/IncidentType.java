package org.huiwu.model.incidents;

/**
 * The kinds of incident (突发事件) an attendant can log; each opens its own handling procedure. The
 * constant carries the bundle key of its label.
 */
public enum IncidentType {
    FIRE_OR_SMOKE("incident.type.fireOrSmoke"),
    POWER_OUTAGE("incident.type.powerOutage"),
    AUDIO_FAILURE("incident.type.audioFailure"),
    PROJECTOR_FAILURE("incident.type.projectorFailure"),
    VIDEO_CONFERENCE_FAILURE("incident.type.videoConferenceFailure"),
    MEDICAL_EMERGENCY("incident.type.medicalEmergency"),
    DISTURBANCE("incident.type.disturbance"),
    CONFIDENTIAL_DOCUMENT_LOST("incident.type.confidentialDocumentLost"),
    ITEM_LEFT_BEHIND("incident.type.itemLeftBehind"),
    CROWDING_OR_WEATHER("incident.type.crowdingOrWeather"),
    PUBLIC_HEALTH("incident.type.publicHealth"),
    OTHER("incident.type.other");

    private final String labelKey;

    IncidentType(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
