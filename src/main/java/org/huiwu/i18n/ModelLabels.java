package org.huiwu.i18n;

import org.huiwu.model.AttendeeRole;
import org.huiwu.model.CheckInStatus;
import org.huiwu.model.Confidentiality;
import org.huiwu.model.MeetingCategory;
import org.huiwu.model.Side;
import org.huiwu.model.seating.BlockKind;

/**
 * The bundle keys of the model's enums, spelled out so every key is a literal the i18n consistency
 * test can see; shared by the screens and the exports. Stateless.
 */
public final class ModelLabels {

    private ModelLabels() {
    }

    public static String key(MeetingCategory category) {
        return switch (category) {
            case STANDING_COMMITTEE -> "meeting.category.standingCommittee";
            case TOPICAL -> "meeting.category.topical";
            case SYMPOSIUM -> "meeting.category.symposium";
            case RECEPTION -> "meeting.category.reception";
            case TALKS -> "meeting.category.talks";
            case VIDEO_CONFERENCE -> "meeting.category.videoConference";
            case TRAINING -> "meeting.category.training";
            case OTHER -> "meeting.category.other";
        };
    }

    public static String key(Confidentiality level) {
        return switch (level) {
            case ORDINARY -> "meeting.confidentiality.ordinary";
            case INTERNAL -> "meeting.confidentiality.internal";
            case CLASSIFIED -> "meeting.confidentiality.classified";
        };
    }

    public static String key(BlockKind kind) {
        return switch (kind) {
            case PODIUM -> "seating.kind.podium";
            case AUDIENCE -> "seating.kind.audience";
            case TALKS -> "seating.kind.talks";
            case U_SHAPE -> "seating.kind.uShape";
            case HOLLOW_SQUARE -> "seating.kind.hollowSquare";
            case ROUND_TABLES -> "seating.kind.roundTables";
            case RECEPTION -> "seating.kind.reception";
            case SIGNING -> "seating.kind.signing";
        };
    }

    public static String key(AttendeeRole role) {
        return switch (role) {
            case LEADER -> "attendee.role.leader";
            case DELEGATE -> "attendee.role.delegate";
            case OBSERVER -> "attendee.role.observer";
            case STAFF -> "attendee.role.staff";
            case GUEST -> "attendee.role.guest";
            case INTERPRETER -> "attendee.role.interpreter";
        };
    }

    public static String key(Side side) {
        return switch (side) {
            case NONE -> "attendee.side.none";
            case HOST -> "attendee.side.host";
            case GUEST -> "attendee.side.guest";
        };
    }

    public static String key(CheckInStatus status) {
        return switch (status) {
            case EXPECTED -> "attendee.checkIn.expected";
            case ARRIVED -> "attendee.checkIn.arrived";
            case LATE -> "attendee.checkIn.late";
            case ABSENT -> "attendee.checkIn.absent";
        };
    }
}
