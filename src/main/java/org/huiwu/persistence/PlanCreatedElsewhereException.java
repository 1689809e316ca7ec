package org.huiwu.persistence;

import java.util.UUID;

/**
 * A new seat plan was refused because the meeting has a plan already: another laptop created the meeting's plan
 * since this one read that it had none (a meeting has one plan, {@code seat_plan.meeting_id} is unique; decision
 * 0041). The caller reads the stored plan and shows it. Nothing was written.
 */
public final class PlanCreatedElsewhereException extends RuntimeException {

    private final transient UUID meetingId;

    public PlanCreatedElsewhereException(UUID meetingId, Throwable cause) {
        super("the meeting has a seat plan already: " + meetingId, cause);
        this.meetingId = meetingId;
    }

    public UUID meetingId() {
        return meetingId;
    }
}
