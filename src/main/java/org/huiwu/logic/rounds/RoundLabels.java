package org.huiwu.logic.rounds;

import org.huiwu.model.rounds.FirstPour;
import org.huiwu.model.rounds.MeetingState;
import org.huiwu.model.rounds.SeatServiceState;
import org.huiwu.model.rounds.ServedScope;
import org.huiwu.model.rounds.ServiceEventKind;
import org.huiwu.model.rounds.SkipReason;

/**
 * The bundle keys of the tea-service enums, spelled out so that every key is a literal the i18n
 * consistency test can see. The round board and the plan form look their labels up here. Stateless.
 */
public final class RoundLabels {

    /** The label of the implicit zone of every seat in no named zone. */
    public static final String EVERYONE_ZONE = "rounds.zone.everyone";

    public String of(SeatServiceState state) {
        return switch (state) {
            case NOT_SERVED -> "rounds.state.notServed";
            case SERVED -> "rounds.state.served";
            case DUE_SOON -> "rounds.state.dueSoon";
            case OVERDUE -> "rounds.state.overdue";
            case DECLINED -> "rounds.state.declined";
            case DO_NOT_DISTURB -> "rounds.state.doNotDisturb";
            case ABSENT -> "rounds.state.absent";
            case NOT_IN_SCOPE -> "rounds.state.notInScope";
        };
    }

    public String of(ServiceEventKind kind) {
        return switch (kind) {
            case FIRST_POUR -> "rounds.event.firstPour";
            case REFILL -> "rounds.event.refill";
            case DECLINED -> "rounds.event.declined";
            case DECLINE_UNDONE -> "rounds.event.declineUndone";
            case SKIPPED -> "rounds.event.skipped";
            case TOWEL -> "rounds.event.towel";
            case SPILL_CLEANED -> "rounds.event.spillCleaned";
            case OTHER -> "rounds.event.other";
            case MISSED -> "rounds.event.missed";
            case POUR_UNDONE -> "rounds.event.pourUndone";
        };
    }

    public String of(SkipReason reason) {
        return switch (reason) {
            case NOT_THERE -> "rounds.skip.notThere";
            case ON_PHONE -> "rounds.skip.onPhone";
            case SPEAKING -> "rounds.skip.speaking";
            case OTHER -> "rounds.skip.other";
        };
    }

    public String of(FirstPour firstPour) {
        return switch (firstPour) {
            case BEFORE_START -> "rounds.firstPour.beforeStart";
            case WHEN_SEATED -> "rounds.firstPour.whenSeated";
            case AT_START -> "rounds.firstPour.atStart";
        };
    }

    public String of(ServedScope scope) {
        return switch (scope) {
            case PODIUM_ONLY -> "rounds.scope.podiumOnly";
            case TABLES -> "rounds.scope.tables";
            case ALL -> "rounds.scope.all";
        };
    }

    public String of(MeetingState state) {
        return switch (state) {
            case NOT_STARTED -> "rounds.meeting.notStarted";
            case RUNNING -> "rounds.meeting.running";
            case PAUSED -> "rounds.meeting.paused";
            case ENDED -> "rounds.meeting.ended";
        };
    }
}
