package org.huiwu.ui.seating;

import org.huiwu.i18n.I18n;
import org.huiwu.model.seating.InterpreterPlacement;
import org.huiwu.model.seating.PresiderPlacement;
import org.huiwu.model.seating.SpeakerStand;
import org.huiwu.model.seating.UnitOrder;
import org.huiwu.model.seating.UnitSections;

/** Names of the block options (presider seat, speaker's stand, unit sections, interpreters) in the user's language. Stateless. */
final class BlockOptionLabels {

    private BlockOptionLabels() {
    }

    static String placement(I18n i18n, PresiderPlacement placement) {
        return i18n.get(switch (placement) {
            case BY_RANK -> "seating.presider.byRank";
            case FRONT_CENTRE -> "seating.presider.frontCentre";
            case FRONT_END_LEFT -> "seating.presider.frontEndLeft";
            case FRONT_END_RIGHT -> "seating.presider.frontEndRight";
        });
    }

    static String stand(I18n i18n, SpeakerStand stand) {
        return i18n.get(switch (stand) {
            case NONE -> "seating.stand.none";
            case FRONT_CENTRE -> "seating.stand.frontCentre";
            case FRONT_RIGHT -> "seating.stand.frontRight";
        });
    }

    static String sections(I18n i18n, UnitSections sections) {
        return i18n.get(switch (sections) {
            case OFF -> "seating.units.off";
            case HORIZONTAL -> "seating.units.horizontal";
            case VERTICAL -> "seating.units.vertical";
        });
    }

    static String order(I18n i18n, UnitOrder order) {
        return i18n.get(switch (order) {
            case PRECEDENCE -> "seating.unitOrder.precedence";
            case PINYIN -> "seating.unitOrder.pinyin";
        });
    }

    static String interpreters(I18n i18n, InterpreterPlacement placement) {
        return i18n.get(switch (placement) {
            case STANDARD -> "seating.interpreters.standard";
            case BESIDE -> "seating.interpreters.beside";
            case BEHIND -> "seating.interpreters.behind";
            case NONE -> "seating.interpreters.none";
        });
    }
}
