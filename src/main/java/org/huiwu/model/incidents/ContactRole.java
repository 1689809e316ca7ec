package org.huiwu.model.incidents;

/**
 * Whom a procedure step says to notify, and the role of a venue contact. The emergency numbers carry
 * their public number as the default phone. The constant carries the bundle key of its label.
 */
public enum ContactRole {
    DUTY_MANAGER("incident.contact.dutyManager", ""),
    ELECTRICIAN("incident.contact.electrician", ""),
    SOUND_TECHNICIAN("incident.contact.soundTechnician", ""),
    SECURITY("incident.contact.security", ""),
    ORGANISER("incident.contact.organiser", ""),
    CONFIDENTIALITY_OFFICER("incident.contact.confidentialityOfficer", ""),
    HEALTH_AUTHORITY("incident.contact.healthAuthority", ""),
    AMBULANCE_120("incident.contact.ambulance", "120"),
    FIRE_119("incident.contact.fire", "119"),
    POLICE_110("incident.contact.police", "110"),
    OTHER("incident.contact.other", "");

    private final String labelKey;
    private final String publicNumber;

    ContactRole(String labelKey, String publicNumber) {
        this.labelKey = labelKey;
        this.publicNumber = publicNumber;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The public emergency number of this role, empty for roles that are people at the venue. */
    public String publicNumber() {
        return publicNumber;
    }
}
