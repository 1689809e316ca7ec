package org.huiwu.ui.seatplan;

import org.huiwu.i18n.I18n;
import org.huiwu.i18n.ModelLabels;
import org.huiwu.model.seating.BlockKind;
import org.huiwu.model.seating.DoorPosition;
import org.huiwu.model.seating.SeatBlock;

/** Names of block templates, blocks and door positions in the user's language. Stateless. */
public final class SeatingLabels {

    private SeatingLabels() {
    }

    public static String kind(I18n i18n, BlockKind kind) {
        return i18n.get(ModelLabels.key(kind));
    }

    /** The block's own name, or its template's name when it has none. */
    public static String block(I18n i18n, SeatBlock block) {
        return block.name().isBlank() ? kind(i18n, block.kind()) : block.name();
    }

    /** A disputed variant with its code from the digest, e.g. "V1：…". */
    public static String variant(I18n i18n, org.huiwu.model.seating.SeatingVariant variant) {
        return i18n.format("seating.rules.variant", variant.code(), i18n.get(switch (variant) {
            case EVEN_ROW_NUMBER_ONE_ON_LEADERS_LEFT -> "seating.rules.v1";
            case TWO_LEADERS_NUMBER_ONE_ON_LEADERS_LEFT -> "seating.rules.v2";
            case HOST_FACES_DOOR -> "seating.rules.v4";
        }));
    }

    public static String door(I18n i18n, DoorPosition door) {
        return i18n.get(switch (door) {
            case BACK_CENTRE -> "seating.door.backCentre";
            case BACK_LEFT -> "seating.door.backLeft";
            case BACK_RIGHT -> "seating.door.backRight";
            case LEFT -> "seating.door.left";
            case RIGHT -> "seating.door.right";
        });
    }

    /** "从台下看 · 以左为尊（政务）" — which way the plan is drawn and which convention numbered it. */
    public static String viewpoint(I18n i18n, org.huiwu.model.seating.SeatPlan plan) {
        String view = i18n.get(plan.viewpoint() == org.huiwu.model.seating.Viewpoint.AUDIENCE
                ? "seating.view.audience" : "seating.view.podium");
        String convention = i18n.get(plan.convention() == org.huiwu.model.seating.Convention.GOVERNMENT
                ? "seating.convention.government" : "seating.convention.foreign");
        return i18n.format("seating.view.caption", view, convention);
    }
}
