package org.huiwu.ui.flow;

import java.util.UUID;

/**
 * One line of a stage on the flow tab: a stage checklist item (cleaning, layout, equipment, special) or a
 * service checklist item (O, Q, S), with its kind label, text, whether it is mandatory and settled, and the
 * guide it links to (empty for none). Immutable.
 */
public record FlowLine(UUID itemId, boolean serviceItem, String kind, String text, boolean mandatory,
        boolean settled, String guideId) {
}
